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
 * A batch's jobs, handed out one at a time to whichever thread asks. Threads that start late (a worker loads
 * for two seconds or so) or get less of a busy machine still finish together, as fixed slices did not. The
 * count is in shared memory: queues over the same buffer, one per thread, hand out each job once.
 */
export class JobQueue {
  private readonly next: Int32Array;

  constructor(
    readonly length: number,
    readonly shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
  ) {
    this.next = new Int32Array(shared);
  }

  /** A job's index, or undefined when none are left. */
  take(): number | undefined {
    const index = Atomics.add(this.next, 0, 1);
    return index < this.length ? index : undefined;
  }

  /** Hands out no more jobs, to any thread: one has failed. */
  stop(): void {
    Atomics.store(this.next, 0, this.length);
  }
}

function writeFile(target: string, bytes: Uint8Array): void {
  try {
    fs.writeFileSync(target, bytes);
  } catch (error) {
    throw new LaurelError('invalid-argument', `Cannot write “${target}”: ${(error as Error).message}`);
  }
}

/**
 * Renders and writes the jobs the queue hands out (by default all, in order) until none are left; the first
 * failure stops the queue and is thrown. One at a time: a render waits on nothing but the CPU
 * (shared/template/render/fontkitSubsetEncoding.ts), so more in flight would only hold more in memory.
 */
export async function renderJobs(template: PreparedTemplate, format: RenderFormat, dpi: number | undefined, jobs: readonly RenderJob[], queue = new JobQueue(jobs.length)): Promise<void> {
  for (let i = queue.take(); i !== undefined; i = queue.take()) {
    try {
      const file = await template.render(format, { data: jobs[i]!.data, dpi });
      writeFile(jobs[i]!.target, file.bytes);
    } catch (error) {
      queue.stop();
      throw error;
    }
  }
}
