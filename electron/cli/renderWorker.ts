import { parentPort, workerData } from 'node:worker_threads';
import { LaurelError } from '../../shared/api/result';
import { PreparedTemplate } from '../render/preparedTemplate';
import { JobQueue, renderJobs } from '../render/renderJobs';
import { Workspace } from '../store/workspace';
import type { BatchWork } from './renderBatch';

/** A worker thread of `laurel render`: opens the workspace, prepares the template, renders jobs from the batch's queue. */
const work = workerData as BatchWork;
try {
  const workspace = Workspace.open(work.workspaceFile);
  try {
    const template = await PreparedTemplate.prepare(workspace, work.templateId);
    await renderJobs(template, work.format, work.dpi, work.jobs, new JobQueue(work.jobs.length, work.queue));
  } finally {
    workspace.close();
  }
  parentPort!.postMessage({ done: true });
} catch (error) {
  const code = error instanceof LaurelError ? error.code : 'internal';
  parentPort!.postMessage({ error: { code, message: (error as Error).message } });
}
