/**
 * Counts renders of each pathway node and template element component, read by the end-to-end tests and
 * the benchmarks to prove that a drag re-renders only what moves (MEASURING.md). A plain object on window:
 * cheap, and no build flag.
 */
declare global {
  interface Window {
    __laurelRenders?: Record<string, number>;
  }
}

export function countRender(id: string): void {
  const counts = (window.__laurelRenders ??= Object.create(null) as Record<string, number>);
  counts[id] = (counts[id] ?? 0) + 1;
}
