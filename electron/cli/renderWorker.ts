import { parentPort, workerData } from 'node:worker_threads';
import { LaurelError } from '../../shared/api/result';
import { PreparedTemplate } from '../render/preparedTemplate';
import { renderJobs } from '../render/renderJobs';
import { Workspace } from '../store/workspace';
import type { BatchSlice } from './renderBatch';

/** A worker thread of `laurel render`: opens the workspace itself, prepares the template, renders its slice. */
const slice = workerData as BatchSlice;
try {
  const workspace = Workspace.open(slice.workspaceFile);
  try {
    const template = await PreparedTemplate.prepare(workspace, slice.templateId);
    await renderJobs(template, slice.format, slice.dpi, slice.jobs);
  } finally {
    workspace.close();
  }
  parentPort!.postMessage({ done: slice.jobs.length });
} catch (error) {
  const code = error instanceof LaurelError ? error.code : 'internal';
  parentPort!.postMessage({ error: { code, message: (error as Error).message } });
}
