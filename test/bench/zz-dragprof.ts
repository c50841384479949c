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
import { glide } from './pageProbe';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-probe-'));
const workspace = createExampleWorkspace(Workspace, path.join(dir, 'b.laurel'));
const n = Number(process.argv[2] ?? 2000);
const body = generateTemplate(n);
const columns = Math.round((body.page.width - 40) / 48);
workspace.create('template', 'B', body, { id: 'b' });
const rendererDir = await ensureRendererBuilt('/work/main', () => {});
const host = await startHost({ rendererDir, handlers: createHandlers(() => workspace) });
const browser = await launchChromium({});
const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await page.goto(`${host.url}#/template/b`);
await page.waitForFunction(() => window.__laurelTemplate?.clientRect('el-0') !== undefined, undefined, { polling: 'raf' });
const centre = async (id: string) => { const r = (await page.evaluate((i) => window.__laurelTemplate!.clientRect(i), id))!; return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; };
// zoom to 1
for (let i = 0; i < 4; i++) {
  const z = await page.evaluate(() => window.__laurelTemplate!.viewport().zoom);
  if (Math.abs(z - 1) < 1e-3) break;
  const at = await centre(`el-${3 * columns + 3}`);
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down('Control'); await page.mouse.wheel(0, -Math.log(1 / z) / 0.002); await page.keyboard.up('Control');
  await page.waitForTimeout(500);
}
const ids = [] as string[];
for (let r = 2; r < 6; r++) for (let c = 2; c < 6; c++) ids.push(`el-${r * columns + c}`);
for (const [i, id] of ids.entries()) { const at = await centre(id); if (i) await page.keyboard.down('Shift'); await page.mouse.click(at.x, at.y); if (i) await page.keyboard.up('Shift'); }
console.log('selected', (await page.evaluate(() => window.__laurelTemplate!.selection())).length);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const from = await centre(ids[5]!);
await page.mouse.move(from.x, from.y);
await page.mouse.down();
await cdp.send('Profiler.start');
const t0 = Date.now();
await glide(page, from, { x: 160, y: 90 }, 80);
const { profile } = await cdp.send('Profiler.stop');
console.log('ms', Date.now() - t0);
await page.mouse.up();
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas ?? [];
profile.samples?.forEach((id, i) => {
  const f = byId.get(id)!.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
await browser.close(); await host.close(); workspace.close();
