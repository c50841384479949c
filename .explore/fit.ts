import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers } from '../electron/api/handlers';
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

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-x-'));
const workspace = createExampleWorkspace(Workspace, path.join(dir, 'x.laurel'));
const g = generatePathway({ nodes: 2000, edges: 3000, seed: 7 });
workspace.create('pathway', g.name, { schemaVersion: 1, ...g, nodes: tieredGrid(g.nodes), edges: process.env.NOEDGES ? [] : g.edges, id: 'big' }, { id: 'big' });
const host = await startHost({ rendererDir: path.resolve(process.env.DEV_RENDERER ? '.explore/renderer-dev' : 'out/renderer'), handlers: createHandlers(() => workspace) });
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
await page.addInitScript(`(() => {
  window.__tl = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tl.push(['long', Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
})()`);
await page.goto(host.url + '#/pathway/big');
await page.getByTestId('node-skill-151').waitFor();
await new Promise((r) => setTimeout(r, 2000));
const box = (await page.locator('.react-flow__node[data-id="skill-151"]').boundingBox())!;
await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
for (let i = 0; i < 6; i++) {
  const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  if (Math.abs(zoom - 1) < 1e-3) break;
  await page.mouse.wheel(0, Math.max(-500, Math.min(500, -Math.log2(1 / zoom) / 0.002)));
  await new Promise((r) => setTimeout(r, 500));
}
await new Promise((r) => setTimeout(r, 2000));
console.log('nodes at zoom 1', await page.locator('.react-flow__node').count(), await page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
if (!process.env.NOPROF) await cdp.send('Profiler.start');
const t0 = await page.evaluate(() => { (window as any).__tl = []; (window as any).__laurelRenders = {}; return performance.now(); });
await page.getByRole('button', { name: 'Zoom to fit', exact: true }).click();
await new Promise((r) => setTimeout(r, 4000));
console.log('t0', Math.round(t0), (await page.evaluate(() => (window as any).__tl)).map((x: unknown[]) => JSON.stringify(x)).join(' '));
console.log('nodes', await page.locator('.react-flow__node').count(), 'renders', await page.evaluate(() => Object.values((window as any).__laurelRenders).reduce((a: number, b) => a + (b as number), 0)));
if (!process.env.NOPROF) {
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas!;
const counts = new Map<number, number>();
profile.samples!.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>(); const self = new Map<string, number>();
for (const [id, t] of counts) {
  const seen = new Set<string>();
  const n0 = byId.get(id)!;
  const k0 = `${n0.callFrame.functionName || '(anon)'} ${n0.callFrame.url.split('/').pop()}:${n0.callFrame.lineNumber}`;
  self.set(k0, (self.get(k0) ?? 0) + t / 1000);
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    if (seen.has(key)) continue;
    seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + t / 1000);
  }
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
console.log('--- inclusive');
console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
}
await browser.close(); await host.close();
