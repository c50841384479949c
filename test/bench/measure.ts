/**
 * Benchmark helpers (MEASURING.md): warm up, time many runs, print one JSON line per figure with the
 * median and p95. Benchmarks are scripts, never tests: nothing here fails on time.
 */
export interface Figure {
  name: string;
  unit: 'ms' | 'us' | 'per_s' | 'MB' | '%' | 'ratio';
  median: number;
  p95: number;
  p99?: number;
  n: number;
  budget?: string;
  [extra: string]: unknown;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(samplesMs: number[]): { median: number; p95: number; p99: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function report(figure: Figure): void {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(figure)) out[k] = typeof v === 'number' ? round(v) : v;
  console.log(JSON.stringify(out));
}

/** Times `fn` `n` times after `warmup` runs; returns the samples in milliseconds. */
export async function timeRuns(fn: () => unknown, n: number, warmup = Math.min(20, n)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return samples;
}
