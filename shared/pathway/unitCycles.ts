import type { PathwayGraph } from './graph';
import type { PathwayNode } from './model';

/**
 * The groups of units that lead back into each other (strongly connected components of the unit → unit
 * edges with more than one unit, or a unit leading into itself), each in document order. Units are the
 * only kind that can form a cycle, since every other edge goes up the stack.
 *
 * Tarjan's algorithm with an explicit stack, so a long chain of units cannot overflow the call stack.
 */
export function unitCycles(graph: PathwayGraph): PathwayNode[][] {
  const order = new Map<string, number>();
  const successors = new Map<string, string[]>();
  for (const node of graph.nodes) {
    if (node.kind !== 'unit') continue;
    order.set(node.id, order.size);
    const next = graph.outputsOf(node.id).filter((edge) => graph.nodeById.get(edge.to)?.kind === 'unit');
    successors.set(node.id, next.map((edge) => edge.to));
  }

  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: PathwayNode[][] = [];
  const visit = (id: string) => {
    index.set(id, index.size);
    low.set(id, index.get(id)!);
    stack.push(id);
    onStack.add(id);
  };

  for (const root of order.keys()) {
    if (index.has(root)) continue;
    visit(root);
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const next = successors.get(frame.id)!;
      if (frame.next < next.length) {
        const to = next[frame.next++]!;
        if (!index.has(to)) {
          visit(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      if (component.length > 1 || next.includes(frame.id)) {
        component.sort((a, b) => order.get(a)! - order.get(b)!);
        cycles.push(component.map((id) => graph.nodeById.get(id)!));
      }
    }
  }
  return cycles;
}
