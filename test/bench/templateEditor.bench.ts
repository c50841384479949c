/**
 * The template editor at scale, in Debian's Chromium against the production build served by the browser
 * host (MEASURING.md). Generated templates (test/helpers/templateFixtures.ts: a grid of shapes, short
 * texts, lines, stars, polygons and a few QR codes), each figure beside a baseline measured the same way
 * in the same run:
 *
 * 1. open to interactive ≤ 500 ms for 500 elements (baseline: 50): navigation to the first element
 *    answering a real click (it is selected), fonts loaded and every element drawn;
 * 2. dragging a selection of 16 elements among 2,000 at zoom 1: p95 frame interval ≤ 25 ms, and the share
 *    of intervals over 25 ms (baseline: the same drag among 100); and only the dragged elements re-render.
 *
 * Headless by default (Chromium's new headless: a visible, focused page with rAF at ~60 Hz; software
 * raster with --disable-gpu, so figures err on the slow side). Set DISPLAY (xvfb-run -a) to run headed.
 * Input is real CDP input through `page.mouse`, one move per 16 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type {} from '../../renderer/template/testApi';
import type {} from '../../renderer/editing/renderCounts';
import { createHandlers } from '../../electron/api/handlers';
import { ensureRendererBuilt } from '../../electron/host/ensureRendererBuilt';
import { startHost } from '../../electron/host/server';
import { createExampleWorkspace } from '../../electron/store/seed';
import { Workspace } from '../../electron/store/workspace';
import { generateTemplate } from '../helpers/templateFixtures';
import { report, summarise } from './measure';
import { frameFigures, glide, installProbe, settle, startProbe, stopProbe, type Interaction } from './pageProbe';
import { launchChromium } from './pageHelpers';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** While investigating: `BENCH_ONLY=open` or `drag`. */
const only = process.env.BENCH_ONLY?.split(',');
const part = (name: string) => !only || only.includes(name);
const VIEWPORT = { width: 1400, height: 900 };
/** The selection dragged: a 4×4 block of the grid. */
const BLOCK = { row: 2, column: 2, size: 4 };

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-bench-'));
const workspace = createExampleWorkspace(Workspace, path.join(dir, 'bench.laurel'));

interface BenchTemplate {
  id: string;
  label: string;
  count: number;
  columns: number;
  /** Clicked to prove the editor answers input: an element in the middle of the grid. */
  probe: string;
}
function addTemplate(count: number): BenchTemplate {
  const body = generateTemplate(count);
  const id = `bench-template-${count}`;
  workspace.create('template', `Bench ${count}`, body, { id });
  const columns = Math.round((body.page.width - 40) / 48);
  const middle = body.elements.slice(Math.floor(count / 2)).find((e) => e.type === 'rect') ?? body.elements[0]!;
  return { id, label: `${count} elements`, count, columns, probe: middle.id };
}
const open500 = addTemplate(500);
const open50 = addTemplate(50);
const drag2000 = addTemplate(2000);
const drag100 = addTemplate(100);

const rendererDir = await ensureRendererBuilt(root, () => {});
const host = await startHost({ rendererDir, handlers: createHandlers(() => workspace) });
const headed = Boolean(process.env.DISPLAY);
const browser = await launchChromium({ headless: !headed });
const context = await browser.newContext({ viewport: VIEWPORT });
const page = await context.newPage();
await installProbe(page);
page.on('pageerror', (e) => console.error(`page error: ${e.message}`));

const rectOf = (p: Page, id: string) => p.evaluate((elementId) => window.__laurelTemplate?.clientRect(elementId), id);
const centreOf = async (p: Page, id: string) => {
  const r = await rectOf(p, id);
  if (!r) throw new Error(`${id} is not drawn`);
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
};

/**
 * The renderer's main-thread CPU time so far (CDP Performance.ThreadTime), in ms. On these shared machines
 * wall time includes waiting for a core; this says how much work the page itself did.
 */
async function threadTime(p: Page): Promise<number> {
  const cdp = await cdpFor(p);
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}
const sessions = new Map<Page, import('@playwright/test').CDPSession>();
async function cdpFor(p: Page) {
  let cdp = sessions.get(p);
  if (!cdp) {
    cdp = await p.context().newCDPSession(p);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    sessions.set(p, cdp);
  }
  return cdp;
}

/** Navigation to the editor answering input: `probe` is clicked and selected. Page clock, from navigation start. */
async function openToInteractive(p: Page, template: BenchTemplate, cpu?: number[]): Promise<number> {
  await p.goto('about:blank');
  const cpuBefore = cpu ? await threadTime(p) : 0;
  await p.goto(`${host.url}#/template/${template.id}`);
  await p.waitForFunction((id) => window.__laurelTemplate?.clientRect(id) !== undefined, template.probe, { polling: 'raf' });
  const at = await centreOf(p, template.probe);
  await p.mouse.click(at.x, at.y);
  const done = await p.waitForFunction((id) => (window.__laurelTemplate?.selection().includes(id) ? performance.now() : 0), template.probe, { polling: 'raf' });
  if (cpu) cpu.push((await threadTime(p)) - cpuBefore);
  return (await done.jsonValue()) as number;
}

const zoomNow = () => page.evaluate(() => window.__laurelTemplate!.viewport().zoom);
const cellId = (t: BenchTemplate, row: number, column: number) => `el-${row * t.columns + column}`;

/** Zooms to 1 about an element with Ctrl+wheel, as a person does (the editor scales by e^(-deltaY × 0.002)). */
async function zoomTo1On(id: string): Promise<number> {
  let zoom = await zoomNow();
  for (let i = 0; i < 6 && Math.abs(zoom - 1) > 1e-3; i++) {
    const at = await centreOf(page, id);
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, Math.max(-800, Math.min(800, -Math.log(1 / zoom) / 0.002)));
    await page.keyboard.up('Control');
    await settle(page, 1000);
    zoom = await zoomNow();
  }
  return zoom;
}

/** Selects the block with a click and Shift+clicks, as a person does. */
async function selectBlock(t: BenchTemplate): Promise<string[]> {
  const ids: string[] = [];
  for (let r = 0; r < BLOCK.size; r++) for (let c = 0; c < BLOCK.size; c++) ids.push(cellId(t, BLOCK.row + r, BLOCK.column + c));
  for (const [i, id] of ids.entries()) {
    const at = await centreOf(page, id);
    if (i > 0) await page.keyboard.down('Shift');
    await page.mouse.click(at.x, at.y);
    if (i > 0) await page.keyboard.up('Shift');
  }
  const selected = await page.evaluate(() => window.__laurelTemplate!.selection());
  if (selected.length !== ids.length) throw new Error(`Selected ${selected.length} of ${ids.length}`);
  return ids;
}

interface Drag extends Interaction {
  rerendered: string[];
}

async function dragSelection(grab: string, by: { x: number; y: number }): Promise<Drag> {
  const from = await centreOf(page, grab);
  await page.mouse.move(from.x, from.y);
  await page.evaluate(() => void (window.__laurelRenders = {}));
  await startProbe(page);
  await page.mouse.down();
  await glide(page, from, by, 80);
  await page.mouse.up();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { intervals, latencies } = await stopProbe(page);
  // The drop is saved 600 ms later: let that happen between drags, not during the next one.
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
  const rerendered = await page.evaluate(() => Object.keys(window.__laurelRenders ?? {}));
  await settle(page);
  return { intervals, latencies, rerendered };
}

const environment = await (async () => {
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  return page.evaluate(() => ({ visibility: document.visibilityState, focused: document.hasFocus(), userAgent: navigator.userAgent }));
})();
console.error(JSON.stringify({ mode: headed ? `headed on DISPLAY ${process.env.DISPLAY}` : 'headless (new)', browser: browser.version(), ...environment }));

// 1. Open to interactive, big and baseline interleaved so drift hits both alike; two warm-ups each.
if (part('open')) {
  const opens = { big: [] as number[], small: [] as number[], huge: [] as number[] };
  const cpu = { big: [] as number[], small: [] as number[], huge: [] as number[] };
  for (let i = 0; i < RUNS + 2; i++) {
    for (const [key, template] of [['big', open500], ['small', open50], ['huge', drag2000]] as const) {
      const samples: number[] = [];
      const at = await openToInteractive(page, template, samples);
      if (i >= 2) {
        opens[key].push(at);
        cpu[key].push(samples[0]!);
      }
    }
  }
  const loadAverage = os.loadavg()[0]!;
  const b = summarise(opens.big);
  const s = summarise(opens.small);
  const h = summarise(opens.huge);
  report({ name: `template editor: open to interactive, ${open500.label}`, unit: 'ms', median: b.median, p95: b.p95, n: opens.big.length, budget: '≤ 500 ms', baseline: open50.label, baseline_median: s.median, baseline_p95: s.p95, ratio_to_baseline: b.median / s.median, load_average: loadAverage });
  report({ name: `template editor: open to interactive, ${drag2000.label}`, unit: 'ms', median: h.median, p95: h.p95, n: opens.huge.length, baseline: open50.label, ratio_to_baseline: h.median / s.median });
  for (const [key, template] of [['big', open500], ['small', open50], ['huge', drag2000]] as const) {
    const c = summarise(cpu[key]);
    report({ name: `template editor: main-thread CPU time to interactive, ${template.label}`, unit: 'ms', median: c.median, p95: c.p95, n: cpu[key].length });
  }
}

// 2. Drag a 16-element selection at zoom 1; two blocks of baseline then big.
if (part('drag')) {
  const drags = { big: [] as Drag[], small: [] as Drag[] };
  const zooms: number[] = [];
  for (let block = 0; block < 2; block++) {
    for (const [key, template] of [['small', drag100], ['big', drag2000]] as const) {
      await openToInteractive(page, template);
      await settle(page);
      zooms.push(await zoomTo1On(cellId(template, BLOCK.row + 1, BLOCK.column + 1)));
      const ids = await selectBlock(template);
      const grab = ids[5]!;
      await dragSelection(grab, { x: 160, y: 90 }); // warm-up
      for (let i = 0; i < 3; i++) drags[key].push(await dragSelection(grab, i % 2 ? { x: 160, y: 90 } : { x: -160, y: -90 }));
    }
  }
  console.error(JSON.stringify({ zoom_before_drag: [Math.min(...zooms), Math.max(...zooms)] }));
  for (const f of frameFigures(`template editor: drag 16 selected of ${drag2000.label} at zoom 1`, drags.big, 'p95 ≤ 25 ms', drags.small)) report(f);
  for (const f of frameFigures(`template editor: drag 16 selected of ${drag100.label} at zoom 1 (baseline)`, drags.small, undefined)) report(f);
  for (const [key, template] of [['big', drag2000], ['small', drag100]] as const) {
    const counts = drags[key].map((d) => d.rerendered.length);
    const s = summarise(counts);
    report({ name: `template editor: elements re-rendered by a drag, ${template.label}`, unit: 'ratio', median: s.median, p95: s.p95, max: Math.max(...counts), n: counts.length, budget: '16 (the dragged elements)' });
  }
}

await browser.close();
await host.close();
workspace.close();
fs.rmSync(dir, { recursive: true, force: true });
