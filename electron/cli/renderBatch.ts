import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { LaurelError, type ErrorCode } from '../../shared/api/result';
import type { PreparedTemplate, RenderFormat } from '../render/preparedTemplate';
import { JobQueue, renderJobs, type RenderJob } from '../render/renderJobs';

/** What a worker thread is given: the whole batch, and the shared count of its queue (see JobQueue). */
export interface BatchWork {
  workspaceFile: string;
  templateId: string;
  format: RenderFormat;
  dpi: number | undefined;
  jobs: RenderJob[];
  queue: SharedArrayBuffer;
}

/** Below this, starting a thread (a second or so of loading) costs more than it saves. */
const FILES_PER_EXTRA_THREAD = 150;

/**
 * How many threads a batch uses: as asked (never more than files), else one per core, at most four, and
 * only as many as the batch is worth.
 */
export function threadsFor(files: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  return Math.max(1, Math.min(os.availableParallelism(), 4, 1 + Math.floor(files / FILES_PER_EXTRA_THREAD)));
}

/** Renders jobs of a batch on a new worker thread, until the queue is empty. */
export function runWorker(work: BatchWork): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./workerBootstrap.js', import.meta.url), {
      workerData: { ...work, module: new URL('./renderWorker.ts', import.meta.url).href },
    });
    worker.once('message', (message: { done?: true; error?: { code: ErrorCode; message: string } }) => {
      void worker.terminate();
      if (message.error) reject(new LaurelError(message.error.code, message.error.message));
      else resolve();
    });
    worker.once('error', reject);
  });
}

/**
 * Renders a batch on `threads` threads: this one, with the template already prepared, and workers that
 * each open the workspace (WAL lets readers share it) and prepare it themselves. All take jobs from one
 * queue until it is empty.
 */
export async function renderBatch(template: PreparedTemplate, batch: Omit<BatchWork, 'jobs' | 'queue'>, jobs: readonly RenderJob[], threads: number): Promise<void> {
  const queue = new JobQueue(jobs.length);
  const work: BatchWork = { ...batch, jobs: [...jobs], queue: queue.shared };
  await Promise.all([renderJobs(template, batch.format, batch.dpi, jobs, queue), ...Array.from({ length: threads - 1 }, () => runWorker(work))]);
}
