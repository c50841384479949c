/**
 * Browser host page load: navigation to the "Library" heading visible, in Debian's Chromium against the
 * production build. Budget ≤ 1 s. Baseline: a plain static file from the same host, in the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../electron/api/handlers';
import { ensureRendererBuilt } from '../../electron/host/ensureRendererBuilt';
import { startHost } from '../../electron/host/server';
import { createExampleWorkspace } from '../../electron/store/seed';
import { Workspace } from '../../electron/store/workspace';
import { report, summarise } from './measure';
import { launchChromium } from './pageHelpers';

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-bench-'));
const workspace = createExampleWorkspace(Workspace, path.join(dir, 'bench.laurel'));
const rendererDir = await ensureRendererBuilt(root, () => {});
const host = await startHost({ rendererDir, handlers: createHandlers(() => workspace) });
const browser = await launchChromium();

// One page reused, like a reload: the figure is the page's own clock from navigation start to the
// moment the heading is in the DOM (recorded by a MutationObserver installed before any script runs).
const context = await browser.newContext();
const page = await context.newPage();
await page.addInitScript(() => {
  const w = window as unknown as { __visibleAt?: number };
  new MutationObserver((_m, observer) => {
    if ([...document.querySelectorAll('h1')].some((h) => h.textContent === 'Library')) {
      w.__visibleAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
});

async function timeLoad(url: string, ready: () => Promise<number>, runs: number) {
  const samples: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    await page.goto('about:blank');
    await page.goto(url);
    const at = await ready();
    if (i >= 3) samples.push(at); // the first three warm up
  }
  return samples;
}

const runs = 30;
const library = await timeLoad(host.url, async () => {
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  return page.evaluate(() => (window as unknown as { __visibleAt: number }).__visibleAt);
}, runs);
// Baseline: the same host code serving a static page with the same heading and no scripts.
const staticDir = path.join(dir, 'static');
fs.mkdirSync(staticDir);
fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Laurel</title><h1>Library</h1>');
const staticHost = await startHost({ rendererDir: staticDir, handlers: createHandlers(() => workspace) });
const baseline = await timeLoad(staticHost.url, async () => {
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  return page.evaluate(() => (window as unknown as { __visibleAt: number }).__visibleAt);
}, runs);
await staticHost.close();
const l = summarise(library);
const b = summarise(baseline);
report({ name: 'browser host: page load to "Library" visible', unit: 'ms', median: l.median, p95: l.p95, n: runs, budget: '≤ 1000 ms', baseline: 'static page with the heading, same host', baseline_median: b.median, ratio_to_baseline: l.median / b.median });

await browser.close();
await host.close();
workspace.close();
fs.rmSync(dir, { recursive: true, force: true });
