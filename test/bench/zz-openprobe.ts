import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../electron/api/handlers';
import { ensureRendererBuilt } from '../../electron/host/ensureRendererBuilt';
import { startHost } from '../../electron/host/server';
import { createExampleWorkspace } from '../../electron/store/seed';
import { Workspace } from '../../electron/store/workspace';
import { generateTemplate } from '../helpers/templateFixtures';
import { launchChromium } from './pageHelpers';

const root = '/work/main';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-probe-'));
const workspace = createExampleWorkspace(Workspace, path.join(dir, 'b.laurel'));
const n = Number(process.argv[2] ?? 500);
workspace.create('template', 'B', generateTemplate(n), { id: 'b' });
const rendererDir = await ensureRendererBuilt(root, () => {});
const host = await startHost({ rendererDir, handlers: createHandlers(() => workspace) });
const browser = await launchChromium({});
const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
for (let i = 0; i < 4; i++) {
  await page.goto('about:blank');
  await page.goto(`${host.url}#/template/b`);
  await page.waitForFunction(() => window.__laurelTemplate?.clientRect('el-0') !== undefined, undefined, { polling: 'raf' });
  const t = await page.evaluate(() => performance.now());
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}:${Math.round(m.startTime)}`).join(' '));
  const res = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => `${r.name.split('/').pop()?.slice(0, 30)} ${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`).join('\n'));
  console.log(`drawn at ${Math.round(t)} | ${marks}\n${res}\n`);
}
await browser.close(); await host.close(); workspace.close();
