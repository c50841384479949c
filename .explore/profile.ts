import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers } from '../electron/api/handlers';
import { ensureRendererBuilt } from '../electron/host/ensureRendererBuilt';
import { startHost } from '../electron/host/server';
import { createExampleWorkspace } from '../electron/store/seed';
import { Workspace } from '../electron/store/workspace';
import { generatePathway } from '../shared/pathway/generate';
import { launchChromium } from '../test/bench/pageHelpers';
import { TIER, type PathwayNode } from '../shared/pathway/model';
function tieredGrid(nodes: PathwayNode[]): PathwayNode[] {
  const cell = { width: 260, height: 130 };
  const rows = Math.max(1, Math.round(Math.sqrt((nodes.length * cell.width) / (1.6 * cell.height))));
  const byTier = new Map<number, PathwayNode[]>();
  for (const node of nodes) {
    const tier = byTier.get(TIER[node.kind]);
    if (tier) tier.push(node);
    else byTier.set(TIER[node.kind], [node]);
  }
  const out: PathwayNode[] = [];
  let x = 0;
  for (const tier of [...byTier.keys()].sort((a, b) => a - b)) {
    const members = byTier.get(tier)!;
    const columns = Math.ceil(members.length / rows);
    const tierRows = Math.ceil(members.length / columns);
    members.forEach((node, i) => {
      const row = Math.floor(i / columns);
      out.push({ ...node, position: { x: x + (i % columns) * cell.width, y: Math.round((row * rows * cell.height) / tierRows) } });
    });
    x += columns * cell.width + 200;
  }
  return out;
}


const N = Number(process.env.N ?? 2000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-x-'));
const workspace = createExampleWorkspace(Workspace, path.join(dir, 'x.laurel'));
const g = generatePathway({ nodes: N, edges: N * 1.5, seed: 7 });
workspace.create('pathway', g.name, { schemaVersion: 1, ...g, nodes: tieredGrid(g.nodes), edges: process.env.NOEDGES ? [] : g.edges, id: 'big' }, { id: 'big' });
const rendererDir = process.env.DEV_RENDERER ? path.resolve('.explore/renderer-dev') : await ensureRendererBuilt(path.resolve('.'), () => {});
const host = await startHost({ rendererDir, handlers: createHandlers(() => workspace) });
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await page.addInitScript(`(() => {
  window.__tl = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tl.push(['long', Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  let seen = 0;
  new MutationObserver(() => { const n = document.querySelectorAll('.react-flow__node').length; if (n !== seen) { seen = n; const r = window.__laurelRenders ? Object.values(window.__laurelRenders).reduce((a, b) => a + b, 0) : 0; const v = document.querySelector('.react-flow__viewport'); window.__tl.push(['nodes', Math.round(performance.now()), n, document.querySelectorAll('.react-flow__edge').length, r, v && v.style.transform]); } }).observe(document, { childList: true, subtree: true });
})()`);
await page.goto(host.url);
await page.getByRole('heading', { name: 'Library' }).waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
if (!process.env.NOPROF) await cdp.send('Profiler.start');
const t0 = await page.evaluate(() => { location.hash = '#/pathway/big'; return performance.now(); });
await page.getByTestId('node-unit-1').waitFor({ state: 'attached', timeout: 120000 });
const t1 = await page.evaluate(() => performance.now());
await page.getByTestId('node-unit-1').click();
const t2 = await page.evaluate(() => performance.now());
if (process.env.NOPROF) { await new Promise((r) => setTimeout(r, 1500)); console.log('attached after', t1 - t0, 'clicked after', t2 - t0, 't0', t0); console.log((await page.evaluate(() => (window as any).__tl)).map((x: unknown[]) => JSON.stringify(x)).join('\n')); await browser.close(); await host.close(); process.exit(0); }
const { profile } = await cdp.send('Profiler.stop');
console.log('attached after', t1 - t0, 'clicked after', t2 - t0, 't0', t0);
await new Promise((r) => setTimeout(r, 1500));
console.log((await page.evaluate(() => (window as any).__tl)).map((x: unknown[]) => JSON.stringify(x)).join('\n'));
console.log('renders', await page.evaluate(() => Object.values((window as any).__laurelRenders).reduce((a: number, b) => a + (b as number), 0)));
fs.writeFileSync('.explore/open.cpuprofile', JSON.stringify(profile));
// self time per function
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas!;
const counts = new Map<number, number>();
profile.samples!.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) {
  const n = byId.get(id)!;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + t / 1000);
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
// inclusive time per function
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
for (const [id, t] of counts) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    if (seen.has(key)) continue;
    seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + t / 1000);
  }
}
console.log('--- inclusive');
console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
await browser.close(); await host.close();
