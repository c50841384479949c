/**
 * The pathway editor at scale, in Debian's Chromium against the production build served by the browser
 * host (MEASURING.md). A generated pathway of 2,000 nodes and 3,000 edges, each figure beside a baseline
 * measured the same way in the same run (a 100-node pathway, or the library page for the heap):
 *
 * 1. open to interactive ≤ 1.5 s: navigation to the first node answering a click (it is selected);
 * 2. dragging a node at zoom 1: 0% of frame intervals over 25 ms, and only the dragged node re-renders;
 *    beside it, the frames of the same page left alone for as long (the floor a drag cannot beat here);
 * 3. zoom to fit all 2,000 nodes: ≤ 5% of frame intervals over 25 ms in the second after the click
 *    (and, without a budget, panning while zoomed out);
 * 4. JS heap with the pathway open ≤ 150 MB, after a forced GC;
 * 5. zooming in past 0.3 from the overview: the longest task and frame (no budget yet).
 *
 * Visible page: MEASURING.md asks for a visible, focused page. These machines have no display, so by
 * default Chromium runs headless (Playwright starts Debian's Chromium with `--headless`, which since
 * Chromium 132 is the "new" headless: the full browser with a virtual display, page visible and
 * focused, rAF at ~60 Hz; it is not the old headless shell that skips frames). With `--disable-gpu`
 * it rasterises and composites in software, so frame times include raster work that a GPU would take
 * off the main thread's critical path on a designer's machine: figures here err on the slow side. Set
 * DISPLAY (e.g. `xvfb-run -a npm run bench pathwayEditor`) to run Chromium headed instead; the first
 * line on stderr says which mode ran, and whether the page was visible and focused.
 *
 * A pathway shown whole is drawn as one canvas, the overview, with no node in the DOM (levelOfDetail.ts):
 * nodes are found and clicked where the editor's test API says they are on screen, in either view.
 *
 * Input is real CDP input through `page.mouse`, paced at one move per 16 ms as a hand on a mouse is.
 * "Input to next frame" is from a pointermove's `timeStamp` to the first rAF callback after the
 * dragged node's DOM changed to show it: the start of the frame that paints it (paint adds a little).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createHandlers } from '../../electron/api/handlers';
import { ensureRendererBuilt } from '../../electron/host/ensureRendererBuilt';
import { startHost } from '../../electron/host/server';
import { createExampleWorkspace } from '../../electron/store/seed';
import { Workspace } from '../../electron/store/workspace';
import { generatePathway } from '../../shared/pathway/generate';
import { report, summarise, type Figure } from './measure';
import { launchChromium } from './pageHelpers';
import { tieredGrid } from '../helpers/pathwayFixtures';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** While investigating: `BENCH_ONLY=drag,fit` runs some parts (open, drag, fit, zoomin, heap). */
const only = process.env.BENCH_ONLY?.split(',');
const part = (name: string) => !only || only.includes(name);
const JANK_MS = 25;
const VIEWPORT = { width: 1400, height: 900 };

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-bench-'));
const workspace = createExampleWorkspace(Workspace, path.join(dir, 'bench.laurel'));

interface BenchPathway {
  id: string;
  label: string;
  /** Clicked to prove the editor answers input. */
  first: string;
  /** Zoomed to and dragged: a node in the middle of the map. */
  middle: string;
}
function addPathway(nodes: number, edges: number): BenchPathway {
  const generated = generatePathway({ nodes, edges, seed: 7 });
  const laidOut = tieredGrid(generated.nodes);
  const id = `bench-${nodes}`;
  workspace.create('pathway', generated.name, { schemaVersion: 1, ...generated, id, nodes: laidOut }, { id });
  const middle = laidOut.filter((n) => n.kind === 'skill')[Math.floor(laidOut.filter((n) => n.kind === 'skill').length / 2)]!;
  return { id, label: `${generated.nodes.length} nodes, ${generated.edges.length} edges`, first: generated.nodes[0]!.id, middle: middle.id };
}
const big = addPathway(2000, 3000);
const small = addPathway(100, 150);

// RDIR: a renderer build to serve instead of the app's own (an unminified one, to read a profile).
const rendererDir = process.env.RDIR ?? (await ensureRendererBuilt(root, () => {}));
const host = await startHost({ rendererDir, handlers: createHandlers(() => workspace) });
const headed = Boolean(process.env.DISPLAY);
const browser = await launchChromium({ headless: !headed, args: ['--enable-precise-memory-info'] });
const context = await browser.newContext({ viewport: VIEWPORT });
const page = await context.newPage();
page.setDefaultTimeout(120_000); // a loaded machine is slow, not broken: measure it, do not give up
page.on('pageerror', (error) => console.error(`page error: ${error.message}`));

/*
 * In-page instruments, as plain JavaScript (a function handed to evaluate() would be transpiled by tsx,
 * which may add helpers the page does not have). `start` records rAF timestamps and, when given a node
 * element, the latency from each pointermove to the first frame after that node's style changed.
 */
await page.addInitScript(`(() => {
  let frames = null, pending = [], shown = [], latencies = [], observer = null, tasks = [], taskObserver = null;
  const tick = (t) => {
    if (!frames) return;
    frames.push(t);
    const now = performance.now();
    for (const at of shown) latencies.push(now - at);
    shown = [];
    requestAnimationFrame(tick);
  };
  addEventListener('pointermove', (e) => { if (observer) pending.push(e.timeStamp); }, { capture: true, passive: true });
  window.__bench = {
    start(selector) {
      frames = []; pending = []; shown = []; latencies = []; tasks = [];
      taskObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
      taskObserver.observe({ type: 'longtask' });
      const el = selector && document.querySelector(selector);
      if (el) {
        observer = new MutationObserver(() => { shown.push(...pending); pending = []; });
        observer.observe(el, { attributes: true, attributeFilter: ['style'] });
      }
      requestAnimationFrame(tick);
    },
    stop() {
      const f = frames || [];
      frames = null;
      if (observer) observer.disconnect();
      observer = null;
      if (taskObserver) { for (const e of taskObserver.takeRecords()) tasks.push(e.duration); taskObserver.disconnect(); }
      taskObserver = null;
      return { intervals: f.slice(1).map((t, i) => t - f[i]), latencies, tasks };
    },
    // Resolves once 10 frames in a row took under 20 ms (the page is idle), or after maxMs.
    settle(maxMs) {
      return new Promise((resolve) => {
        const until = performance.now() + maxMs;
        let last = 0, calm = 0;
        const step = (t) => {
          calm = last && t - last < 20 ? calm + 1 : 0;
          last = t;
          if (calm >= 10 || t > until) resolve(calm >= 10); else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    },
  };
})()`);

interface BenchWindow {
  __bench: { start(selector?: string): void; stop(): { intervals: number[]; latencies: number[]; tasks: number[] }; settle(maxMs: number): Promise<boolean> };
  __laurelPathway?: { selection(): string[]; nodeBox(id: string): { x: number; y: number; width: number; height: number } | undefined };
  __laurelRenders?: Record<string, number>;
  gc(): void;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const settle = (maxMs = 3000) => page.evaluate((ms) => (window as unknown as BenchWindow).__bench.settle(ms), maxMs);
const nodeSelector = (id: string) => `.react-flow__node[data-id="${id}"]`;
const zoomNow = () => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
const renderedNodes = () => page.locator('.react-flow__node').count();

/** The centre of a node on screen, as React Flow renders it or as the overview draws it. */
async function nodeCentre(p: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await p.evaluate((nodeId) => (window as unknown as BenchWindow).__laurelPathway?.nodeBox(nodeId), id);
  if (!box) throw new Error(`Node ${id} is not in the editor`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Navigation to the editor answering input: `first` is clicked and selected. Page clock, from navigation start. */
async function openToInteractive(p: Page, pathway: BenchPathway): Promise<number> {
  await p.goto('about:blank');
  await p.goto(`${host.url}#/pathway/${pathway.id}`);
  // Shown: as a node, or drawn in the overview (which the editor opens in, already fitted, for a large pathway).
  await p.locator(`${nodeSelector(pathway.first)}, canvas.pathway-overview`).first().waitFor();
  const at = await nodeCentre(p, pathway.first);
  await p.mouse.click(at.x, at.y);
  const selected = await p.waitForFunction((id) => ((window as unknown as BenchWindow).__laurelPathway?.selection().includes(id) ? performance.now() : 0), pathway.first, { polling: 'raf' });
  return (await selected.jsonValue()) as number;
}

/** Zooms to `target` around a node with the mouse wheel, as a person does (React Flow scales by 2^(-deltaY × 0.002)). */
async function zoomOn(id: string, target: number): Promise<number> {
  const at = await nodeCentre(page, id);
  await page.mouse.move(at.x, at.y);
  let zoom = await zoomNow();
  for (let i = 0; i < 8 && Math.abs(zoom - target) > 1e-3; i++) {
    await page.mouse.wheel(0, Math.max(-500, Math.min(500, -Math.log2(target / zoom) / 0.002)));
    await settle(1000);
    zoom = await zoomNow();
  }
  await settle();
  return zoom;
}
const zoomTo1On = (id: string) => zoomOn(id, 1);

/** Moves the mouse in `steps` moves one every 16 ms (a 60 Hz hand), real CDP input. */
async function glide(from: { x: number; y: number }, by: { x: number; y: number }, steps: number) {
  const t0 = performance.now();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (by.x * i) / steps, from.y + (by.y * i) / steps);
    const wait = t0 + i * 16 - performance.now();
    if (wait > 0) await sleep(wait);
  }
}

interface Interaction {
  intervals: number[];
  latencies: number[];
  rerendered: string[];
}

async function dragNode(id: string, by: { x: number; y: number }): Promise<Interaction> {
  const box = (await page.locator(nodeSelector(id)).boundingBox())!;
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.evaluate((selector) => {
    (window as unknown as BenchWindow).__laurelRenders = {};
    (window as unknown as BenchWindow).__bench.start(selector);
  }, nodeSelector(id));
  await page.mouse.down();
  await glide(from, by, 80);
  await page.mouse.up();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { intervals, latencies } = await page.evaluate(() => (window as unknown as BenchWindow).__bench.stop());
  const rerendered = await page.evaluate(() => Object.keys((window as unknown as BenchWindow).__laurelRenders ?? {}));
  // The drop is saved 600 ms later: let that happen between drags, not during the next one.
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
  await settle();
  return { intervals, latencies, rerendered };
}

/**
 * Frames while nothing happens, for as long as a drag lasts: the floor of this machine and browser in the
 * same run. A frame over 25 ms here is none of the editor's doing, and a drag cannot do better.
 */
async function idleFrames(ms: number): Promise<Interaction> {
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.start());
  await sleep(ms);
  const { intervals } = await page.evaluate(() => (window as unknown as BenchWindow).__bench.stop());
  await settle();
  return { intervals, latencies: [], rerendered: [] };
}

async function clickZoomToFit(): Promise<Interaction> {
  const box = (await page.getByRole('button', { name: 'Zoom to fit', exact: true }).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.start());
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await sleep(1000);
  const { intervals } = await page.evaluate(() => (window as unknown as BenchWindow).__bench.stop());
  await settle();
  return { intervals, latencies: [], rerendered: [] };
}

/** Pans by dragging the empty pane: a point of the canvas's margin that no node covers. */
async function panPane(by: { x: number; y: number }): Promise<Interaction> {
  const from = await page.locator('.react-flow__pane').evaluate((pane) => {
    const r = pane.getBoundingClientRect();
    for (let y = r.top + 8; y < r.bottom; y += 12) {
      for (let x = r.left + 8; x < r.right - 260; x += 12) {
        const hit = document.elementFromPoint(x, y);
        if (hit === pane) return { x, y };
      }
    }
    return undefined;
  });
  if (!from) throw new Error('No empty pane to pan with');
  await page.mouse.move(from.x, from.y);
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.start());
  await page.mouse.down();
  await glide(from, by, 60);
  await page.mouse.up();
  const { intervals } = await page.evaluate(() => (window as unknown as BenchWindow).__bench.stop());
  await settle();
  return { intervals, latencies: [], rerendered: [] };
}

const share = (intervals: number[]) => (intervals.length ? (100 * intervals.filter((t) => t > JANK_MS).length) / intervals.length : NaN);

/** One interaction kind on one pathway: per-run janky share, pooled frame intervals and latencies. */
function frameFigures(name: string, runs: Interaction[], budget: string | undefined, baseline?: Interaction[]): Figure[] {
  const shares = summarise(runs.map((r) => share(r.intervals)));
  const intervals = runs.flatMap((r) => r.intervals);
  const pooled = summarise(intervals);
  const figures: Figure[] = [
    {
      name: `${name}: frame intervals over ${JANK_MS} ms`,
      unit: '%',
      median: shares.median,
      p95: shares.p95,
      n: runs.length,
      pooled: share(intervals),
      frames: intervals.length,
      ...(budget ? { budget } : {}),
      ...(baseline ? { baseline_pooled: share(baseline.flatMap((r) => r.intervals)) } : {}),
    },
    {
      name: `${name}: frame interval`,
      unit: 'ms',
      median: pooled.median,
      p95: pooled.p95,
      max: Math.max(...intervals),
      n: intervals.length,
      ...(baseline ? { ratio_to_baseline_p95: pooled.p95 / summarise(baseline.flatMap((r) => r.intervals)).p95 } : {}),
    },
  ];
  const latencies = runs.flatMap((r) => r.latencies);
  if (latencies.length) {
    const l = summarise(latencies);
    const b = baseline && summarise(baseline.flatMap((r) => r.latencies));
    figures.push({ name: `${name}: input to next frame`, unit: 'ms', median: l.median, p95: l.p95, n: latencies.length, ...(b ? { baseline_median: b.median, ratio_to_baseline: l.median / b.median } : {}) });
  }
  return figures;
}

const environment = await (async () => {
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  return page.evaluate(() => ({ visibility: document.visibilityState, focused: document.hasFocus(), gc: typeof (window as unknown as { gc?: unknown }).gc === 'function', userAgent: navigator.userAgent }));
})();
console.error(JSON.stringify({ mode: headed ? `headed on DISPLAY ${process.env.DISPLAY}` : 'headless (new)', browser: browser.version(), ...environment, big: big.label, small: small.label }));

// 1. Open to interactive, big and small interleaved so drift hits both alike; two warm-ups each.
const opens = { big: [] as number[], small: [] as number[] };
for (let i = 0; part('open') && i < RUNS + 2; i++) {
  for (const [key, pathway] of [['big', big], ['small', small]] as const) {
    const at = await openToInteractive(page, pathway);
    if (i >= 2) opens[key].push(at);
  }
}
const fitZoom = { big: 0, small: 0 };
if (part('open')) {
  const b = summarise(opens.big);
  const s = summarise(opens.small);
  report({ name: `pathway editor: open to interactive, ${big.label}`, unit: 'ms', median: b.median, p95: b.p95, n: opens.big.length, budget: '≤ 1500 ms', baseline: small.label, baseline_median: s.median, baseline_p95: s.p95, ratio_to_baseline: b.median / s.median });
}

// 2 and 3. Drag at zoom 1, then zoom to fit and pan zoomed out; two blocks of small then big.
const drags = { big: [] as Interaction[], small: [] as Interaction[] };
const idles = { big: [] as Interaction[], small: [] as Interaction[] };
const fits = { big: [] as Interaction[], small: [] as Interaction[] };
const pans = { big: [] as Interaction[], small: [] as Interaction[] };
const zoomsSeen: number[] = [];
const fitRendered = { big: 0, small: 0 };
for (let block = 0; block < 2 && (part('drag') || part('fit')); block++) {
  for (const [key, pathway] of [['small', small], ['big', big]] as const) {
    await openToInteractive(page, pathway);
    await settle();
    fitZoom[key] = await zoomNow();
    zoomsSeen.push(await zoomTo1On(pathway.middle));
    if (part('drag')) {
      await dragNode(pathway.middle, { x: 160, y: 90 }); // warm-up (and the drag that selects the node)
      for (let i = 0; i < 3; i++) drags[key].push(await dragNode(pathway.middle, i % 2 ? { x: 160, y: 90 } : { x: -160, y: -90 }));
      for (let i = 0; i < 3; i++) idles[key].push(await idleFrames(2400));
    }
    for (let i = 0; part('fit') && i < 3; i++) {
      if (i > 0) zoomsSeen.push(await zoomTo1On(pathway.middle));
      fits[key].push(await clickZoomToFit());
      fitRendered[key] = await renderedNodes();
      // There and back, so the node to zoom on next is in view again.
      pans[key].push(await panPane({ x: 300, y: 150 }), await panPane({ x: -300, y: -150 }));
    }
  }
}
if (zoomsSeen.length) console.error(JSON.stringify({ zoom_before_drag_and_fit: [Math.min(...zoomsSeen), Math.max(...zoomsSeen)], zoom_after_open: fitZoom, nodes_rendered_after_fit: fitRendered }));

if (part('drag')) {
  for (const f of frameFigures(`pathway editor: drag a node at zoom 1, ${big.label}`, drags.big, '0%', drags.small)) report(f);
  for (const f of frameFigures(`pathway editor: drag a node at zoom 1, ${small.label} (baseline)`, drags.small, undefined)) report(f);
  for (const f of frameFigures(`pathway editor: nothing happening at zoom 1 for as long as a drag, ${big.label} (the machine's floor)`, idles.big, undefined, idles.small)) report(f);
  for (const [key, pathway] of [['big', big], ['small', small]] as const) {
    const counts = drags[key].map((d) => d.rerendered.length);
    const worst = drags[key].reduce((a, d) => (d.rerendered.length > a.rerendered.length ? d : a));
    const s = summarise(counts);
    report({ name: `pathway editor: nodes re-rendered by a drag, ${pathway.label}`, unit: 'ratio', median: s.median, p95: s.p95, max: Math.max(...counts), n: counts.length, budget: '1 (the dragged node)', worst_ids: worst.rerendered.slice(0, 8) });
  }
}
if (part('fit')) {
  for (const f of frameFigures(`pathway editor: zoom to fit (1 s after the click), ${big.label}`, fits.big, '≤ 5%', fits.small)) report(f);
  for (const f of frameFigures(`pathway editor: zoom to fit (1 s after the click), ${small.label} (baseline)`, fits.small, undefined)) report(f);
  for (const f of frameFigures(`pathway editor: pan the pane zoomed out to fit, ${big.label}`, pans.big, undefined, pans.small)) report(f);
}

// 5. Zooming in out of the overview: from 0.27, one 100-pixel wheel notch (×1.15) over the middle of the
// map takes the view past 0.3, and React Flow is handed the nodes around the view (useFlowWindow.ts).
// The figures are the longest task (a long-task observer) and the longest frame interval in the second
// after the notch. Big and small interleaved.
const crossings = { big: [] as { task: number; frame: number }[], small: [] as { task: number; frame: number }[] };
for (let i = 0; part('zoomin') && i < RUNS + 1; i++) {
  for (const [key, pathway] of [['big', big], ['small', small]] as const) {
    await openToInteractive(page, pathway);
    await settle();
    await zoomOn(pathway.middle, 0.27);
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.start());
    await page.mouse.wheel(0, -100);
    await sleep(1000);
    const { intervals, tasks } = await page.evaluate(() => (window as unknown as BenchWindow).__bench.stop());
    if (i > 0) crossings[key].push({ task: Math.max(0, ...tasks), frame: Math.max(0, ...intervals) });
    if (process.env.BENCH_VERBOSE) console.error(JSON.stringify({ key, zoom: await zoomNow(), rendered: await renderedNodes(), tasks: tasks.map(Math.round), frames: intervals.filter((t) => t > JANK_MS).map(Math.round) }));
  }
}
if (part('zoomin')) {
  for (const [key, pathway] of [['big', big], ['small', small]] as const) {
    for (const measure of ['task', 'frame'] as const) {
      const s = summarise(crossings[key].map((c) => c[measure]));
      report({ name: `pathway editor: zoom in past 0.3 from the overview, longest ${measure === 'task' ? 'task' : 'frame interval'}, ${pathway.label}`, unit: 'ms', median: s.median, p95: s.p95, max: Math.max(...crossings[key].map((c) => c[measure])), n: crossings[key].length });
    }
  }
}

// 4. Heap after a forced GC: the library page, then each pathway open (interleaved, five times each). A
// sample can still hold some of the page before it (the renderer process is reused): hence medians.
async function heapAfterGc(): Promise<number> {
  await settle();
  return page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      (window as unknown as BenchWindow).gc();
      await new Promise((r) => setTimeout(r, 50));
    }
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1e6;
  });
}
const heaps = { library: [] as number[], big: [] as number[], small: [] as number[] };
for (let i = 0; part('heap') && i < 5; i++) {
  await page.goto('about:blank');
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  heaps.library.push(await heapAfterGc());
  for (const [key, pathway] of [['big', big], ['small', small]] as const) {
    await openToInteractive(page, pathway);
    heaps[key].push(await heapAfterGc());
  }
}
if (part('heap')) {
  const l = summarise(heaps.library);
  for (const [key, pathway] of [['big', big], ['small', small]] as const) {
    const h = summarise(heaps[key]);
    report({ name: `pathway editor: JS heap after GC, ${pathway.label} open`, unit: 'MB', median: h.median, p95: h.p95, n: heaps[key].length, ...(key === 'big' ? { budget: '≤ 150 MB' } : {}), baseline: 'library page', baseline_median: l.median, ratio_to_baseline: h.median / l.median, over_baseline: h.median - l.median });
  }
}

await browser.close();
await host.close();
workspace.close();
fs.rmSync(dir, { recursive: true, force: true });
