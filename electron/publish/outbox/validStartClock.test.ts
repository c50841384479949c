import { describe, expect, it } from 'vitest';
import { ValidStartClock } from './validStartClock';

/** A small seeded generator (mulberry32), so two "processes" draw different but repeatable nanoseconds. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MS = 1_764_000_000_123;

describe('ValidStartClock', () => {
  it('never gives the same valid start twice in one process, even when the clock stands still or steps back', () => {
    const clock = new ValidStartClock(() => 0.5);
    const starts = [MS, MS, MS, MS - 3, MS, MS + 1].map((ms) => clock.next(ms));
    expect(new Set(starts).size).toBe(starts.length);
    expect(starts.every((ns, i) => i === 0 || ns > starts[i - 1]!)).toBe(true);
  });

  it('keeps each start within its millisecond unless an earlier one already took it', () => {
    const clock = new ValidStartClock(seeded(7));
    const ns = clock.next(MS);
    expect(ns / 1_000_000n).toBe(BigInt(MS));
  });

  it('gives two processes signing in the same millisecond different ids', () => {
    // Two processes paying with one account, each signing 50 transactions in one millisecond.
    const a = new ValidStartClock(seeded(1));
    const b = new ValidStartClock(seeded(2));
    const fromA = Array.from({ length: 50 }, () => a.next(MS));
    const fromB = new Set(Array.from({ length: 50 }, () => b.next(MS)));
    expect(fromA.filter((ns) => fromB.has(ns))).toEqual([]);
  });
});
