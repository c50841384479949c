import type { PathwayGraph } from './graph';

/**
 * The groups of units that lead back into each other, as node indices in document order: strongly
 * connected components of the unit → unit edges with more than one unit, or a unit leading into itself.
 * Units are the only kind that can form a cycle, since every other edge goes up the stack.
 *
 * Tarjan's algorithm with an explicit stack, so a long chain of units cannot overflow the call stack.
 */
export function unitCycles(graph: PathwayGraph): number[][] {
  const { nodes, outStart, outEdges, target } = graph;
  const n = nodes.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const cycles: number[][] = [];
  let visited = 0;
  const visit = (i: number) => {
    index[i] = low[i] = visited++;
    stack.push(i);
    onStack[i] = 1;
  };

  for (let root = 0; root < n; root++) {
    if (nodes[root]!.kind !== 'unit' || index[root] !== -1) continue;
    visit(root);
    // Each frame walks its node's outgoing edges from position `k`.
    const work: { i: number; k: number }[] = [{ i: root, k: outStart[root]! }];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.k < outStart[frame.i + 1]!) {
        const to = target[outEdges[frame.k++]!]!;
        if (nodes[to]!.kind !== 'unit') continue;
        if (index[to] === -1) {
          visit(to);
          work.push({ i: to, k: outStart[to]! });
        } else if (onStack[to] === 1) {
          low[frame.i] = Math.min(low[frame.i]!, index[to]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.i] = Math.min(low[parent.i]!, low[frame.i]!);
      if (low[frame.i] !== index[frame.i]) continue;
      const component: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = 0;
        component.push(member);
      } while (member !== frame.i);
      if (component.length > 1 || leadsIntoItself(graph, frame.i)) cycles.push(component.sort((a, b) => a - b));
    }
  }
  return cycles;
}

function leadsIntoItself(graph: PathwayGraph, i: number): boolean {
  for (let k = graph.outStart[i]!; k < graph.outStart[i + 1]!; k++) {
    if (graph.target[graph.outEdges[k]!] === i) return true;
  }
  return false;
}
