import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers } from '../electron/api/handlers';
import { ensureRendererBuilt } from '../electron/host/ensureRendererBuilt';
import { startHost } from '../electron/host/server';
import { createExampleWorkspace } from '../electron/store/seed';
import { Workspace } from '../electron/store/workspace';
import { generatePathway } from '../shared/pathway/generate';
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

import { launchChromium } from '../test/bench/pageHelpers';

const N = Number(process.env.N ?? 2000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-x-'));
const workspace = createExampleWorkspace(Workspace, path.join(dir, 'x.laurel'));
const g = generatePathway({ nodes: N, edges: N * 1.5, seed: 7 });
workspace.create('pathway', g.name, { schemaVersion: 1, ...g, nodes: tieredGrid(g.nodes), id: 'big' }, { id: 'big' });
const rendererDir = process.env.DEV_RENDERER ? path.resolve('.explore/renderer-dev') : await ensureRendererBuilt(path.resolve('.'), () => {});
const host = await startHost({ rendererDir, handlers: createHandlers(() => workspace) });
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
page.on('console', (m) => console.log('console:', m.text().slice(0, 300)));
page.on('response', (r) => r.status() >= 400 && console.log('HTTP', r.status(), r.url().slice(0, 120)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
for (let i = 0; i < 3; i++) {
  await page.goto('about:blank');
  const t0 = Date.now();
  await page.goto(`${host.url}#/pathway/big`);
  console.log('goto', Date.now() - t0);
  await page.getByTestId('node-unit-1').waitFor({ state: 'attached' });
  console.log('node attached', Date.now() - t0, await page.evaluate(() => performance.now()));
  await page.getByTestId('node-unit-1').click();
  console.log('clicked', Date.now() - t0, await page.evaluate(() => performance.now()));
  console.log(await page.evaluate(() => ({ n: document.querySelectorAll('.react-flow__node').length, e: document.querySelectorAll('.react-flow__edge').length, t: getComputedStyle(document.querySelector('.react-flow__viewport')!).transform })));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const m = await cdp.send('Performance.getMetrics');
  console.log(JSON.stringify(Object.fromEntries(m.metrics.filter((x) => /Duration|Count|Heap/.test(x.name)).map((x) => [x.name, Math.round(x.value * 1000) / 1000]))));
}
await browser.close();
await host.close();
