import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorker } from '../../../electron/cli/renderBatch';
import { PreparedTemplate } from '../../../electron/render/preparedTemplate';
import { JobQueue } from '../../../electron/render/renderJobs';
import { createExampleWorkspace, EXAMPLE_IDS } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';

let dir: string;
let workspace: Workspace;

beforeAll(() => {
  dir = makeTempDir('laurel-batch-');
  workspace = createExampleWorkspace(Workspace, path.join(dir, 'batch.laurel'));
});
afterAll(() => {
  workspace.close();
  removeTempDirs();
});

describe('the job queue of a batch', () => {
  it('hands each job out once across the threads that share it, and none once stopped', () => {
    const here = new JobQueue(3);
    const worker = new JobQueue(3, here.shared);
    expect([here.take(), worker.take(), worker.take(), here.take(), worker.take()]).toEqual([0, 1, 2, undefined, undefined]);
    const failed = new JobQueue(5);
    failed.take();
    failed.stop();
    expect(new JobQueue(5, failed.shared).take()).toBeUndefined();
  });
});

describe('a worker thread', () => {
  it('renders the jobs it takes as this thread renders them', async () => {
    const names = ['Ada Lovelace', 'Grace Hopper', 'Zoë Ångström'];
    const jobs = names.map((name, i) => ({ data: { recipient: { name } }, target: path.join(dir, `row-${i}.pdf`) }));
    // A queue no other thread takes from: the worker renders every job.
    await runWorker({ workspaceFile: workspace.file, templateId: EXAMPLE_IDS.certificateTemplate, format: 'pdf', dpi: undefined, jobs, queue: new JobQueue(jobs.length).shared });
    const template = await PreparedTemplate.prepare(workspace, EXAMPLE_IDS.certificateTemplate);
    for (const job of jobs) expect(Buffer.compare(fs.readFileSync(job.target), (await template.render('pdf', { data: job.data })).bytes), job.target).toBe(0);
  });
});
