import fs from 'node:fs';
import { LaurelError } from '../../shared/api/result';
import type { MergeData } from '../../shared/template/mergeFields';
import type { PreparedTemplate, RenderFormat } from './preparedTemplate';

/** One file of a batch: its field values and where it goes. */
export interface RenderJob {
  data: MergeData;
  target: string;
}

/**
 * Files rendered at once in one thread. A PDF spends part of its time waiting on timers inside pdf-lib and
 * fontkit (their streams yield between steps); with a few in flight, one file's wait is another's work.
 */
const CONCURRENT_RENDERS = 4;

function writeFile(target: string, bytes: Uint8Array): void {
  try {
    fs.writeFileSync(target, bytes);
  } catch (error) {
    throw new LaurelError('invalid-argument', `Cannot write “${target}”: ${(error as Error).message}`);
  }
}

/** Renders and writes each job's file; the first failure stops the rest and is thrown. */
export async function renderJobs(template: PreparedTemplate, format: RenderFormat, dpi: number | undefined, jobs: readonly RenderJob[]): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < jobs.length) {
      const job = jobs[next++]!;
      try {
        const file = await template.render(format, { data: job.data, dpi });
        writeFile(job.target, file.bytes);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_RENDERS, jobs.length) }, lane));
}
