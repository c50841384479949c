import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { LaurelError, type ErrorCode } from '../../shared/api/result';
import type { PreparedTemplate, RenderFormat } from '../render/preparedTemplate';
import { renderJobs, type RenderJob } from '../render/renderJobs';

/** What a worker thread renders. */
export interface BatchSlice {
  workspaceFile: string;
  templateId: string;
  format: RenderFormat;
  dpi: number | undefined;
  jobs: RenderJob[];
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

function runWorker(slice: BatchSlice): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./workerBootstrap.js', import.meta.url), {
      workerData: { ...slice, module: new URL('./renderWorker.ts', import.meta.url).href },
    });
    worker.once('message', (message: { done?: number; error?: { code: ErrorCode; message: string } }) => {
      void worker.terminate();
      if (message.error) reject(new LaurelError(message.error.code, message.error.message));
      else resolve();
    });
    worker.once('error', reject);
  });
}

/**
 * Renders a batch on `threads` threads: this one takes the first slice with the template already prepared,
 * each worker opens the workspace (WAL lets readers share it) and renders its own contiguous slice.
 */
export async function renderBatch(template: PreparedTemplate, slice: Omit<BatchSlice, 'jobs'>, jobs: readonly RenderJob[], threads: number): Promise<void> {
  const size = Math.ceil(jobs.length / threads);
  const slices = Array.from({ length: threads }, (_, i) => jobs.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
  await Promise.all([renderJobs(template, slice.format, slice.dpi, slices[0] ?? []), ...slices.slice(1).map((s) => runWorker({ ...slice, jobs: s }))]);
}
