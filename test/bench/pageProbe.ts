import type { Page } from '@playwright/test';
import { summarise, type Figure } from './measure';

/**
 * In-page instruments for editor benchmarks (MEASURING.md), shared by the template editor's bench and open
 * to the others: rAF frame intervals during an interaction, "input to next frame" (a pointermove's
 * timeStamp to the first frame after it was handled), and waiting for the page to be idle. Installed as
 * plain JavaScript: a function handed to evaluate() would be transpiled by tsx, which may add helpers
 * the page does not have.
 */
export const JANK_MS = 25;

const PROBE = `(() => {
  let frames = null, pending = [], latencies = [], recording = false;
  const tick = (t) => {
    if (!frames) return;
    frames.push(t);
    const now = performance.now();
    for (const at of pending) latencies.push(now - at);
    pending = [];
    requestAnimationFrame(tick);
  };
  addEventListener('pointermove', (e) => { if (recording) pending.push(e.timeStamp); }, { capture: true, passive: true });
  window.__probe = {
    start() { frames = []; pending = []; latencies = []; recording = true; requestAnimationFrame(tick); },
    stop() {
      const f = frames || [];
      frames = null; recording = false;
      return { intervals: f.slice(1).map((t, i) => t - f[i]), latencies };
    },
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
})()`;

interface ProbeWindow {
  __probe: { start(): void; stop(): { intervals: number[]; latencies: number[] }; settle(maxMs: number): Promise<boolean> };
}

export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript(PROBE);
}

export const startProbe = (page: Page) => page.evaluate(() => (window as unknown as ProbeWindow).__probe.start());
export const stopProbe = (page: Page) => page.evaluate(() => (window as unknown as ProbeWindow).__probe.stop());
/** Resolves once ten frames in a row came under 20 ms (the page is idle), or after maxMs. */
export const settle = (page: Page, maxMs = 3000) => page.evaluate((ms) => (window as unknown as ProbeWindow).__probe.settle(ms), maxMs);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Moves the mouse in `steps` moves, one every 16 ms (a 60 Hz hand): real CDP input. */
export async function glide(page: Page, from: { x: number; y: number }, by: { x: number; y: number }, steps: number): Promise<void> {
  const t0 = performance.now();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (by.x * i) / steps, from.y + (by.y * i) / steps);
    const wait = t0 + i * 16 - performance.now();
    if (wait > 0) await sleep(wait);
  }
}

export interface Interaction {
  intervals: number[];
  latencies: number[];
}

export const jankShare = (intervals: number[]) => (intervals.length ? (100 * intervals.filter((t) => t > JANK_MS).length) / intervals.length : NaN);

/** The figures of one kind of interaction: the share of janky frames per run, the pooled frame intervals, and input to next frame. */
export function frameFigures(name: string, runs: Interaction[], budget: string | undefined, baseline?: Interaction[]): Figure[] {
  const shares = summarise(runs.map((r) => jankShare(r.intervals)));
  const intervals = runs.flatMap((r) => r.intervals);
  const pooled = summarise(intervals);
  const base = baseline && summarise(baseline.flatMap((r) => r.intervals));
  const figures: Figure[] = [
    {
      name: `${name}: frame interval`,
      unit: 'ms',
      median: pooled.median,
      p95: pooled.p95,
      max: Math.max(...intervals),
      n: intervals.length,
      ...(budget ? { budget } : {}),
      ...(base ? { baseline_p95: base.p95, ratio_to_baseline_p95: pooled.p95 / base.p95 } : {}),
    },
    {
      name: `${name}: frame intervals over ${JANK_MS} ms`,
      unit: '%',
      median: shares.median,
      p95: shares.p95,
      n: runs.length,
      pooled: jankShare(intervals),
      frames: intervals.length,
      ...(baseline ? { baseline_pooled: jankShare(baseline.flatMap((r) => r.intervals)) } : {}),
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
