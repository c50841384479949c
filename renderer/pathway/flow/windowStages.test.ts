import { describe, expect, it } from 'vitest';
import type { Edge } from '@xyflow/react';
import { NODE_SIZE } from '../autoLayout';
import type { StackFlowNode } from './StackNode';
import { stageOf } from './windowStages';

// Five units in a row, 300 px apart; each feeds the next.
const node = (i: number, selected = false): StackFlowNode => ({
  id: `unit-${i}`,
  type: 'stack',
  position: { x: i * 300, y: 0 },
  measured: NODE_SIZE,
  selected,
  data: { kind: 'unit', title: `Unit ${i}` },
});
const nodes = [0, 1, 2, 3, 4].map((i) => node(i));
const edges: Edge[] = [0, 1, 2, 3].map((i) => ({ id: `e${i}`, source: `unit-${i}`, target: `unit-${i + 1}` }));
const centreOf = (i: number) => ({ x: i * 300 + NODE_SIZE.width / 2, y: NODE_SIZE.height / 2 });

describe('handing React Flow the window in stages, out of the overview', () => {
  it('gives the nodes nearest the centre first, in their stacking order, and the edges between them', () => {
    const first = stageOf(nodes, edges, { centre: centreOf(3), count: 3 });
    expect(first.nodes.map((n) => n.id)).toEqual(['unit-2', 'unit-3', 'unit-4']);
    expect(first.edges.map((e) => e.id)).toEqual(['e2', 'e3']);
  });

  it('gives a selected node first, however far it is: the one zoomed in on', () => {
    const withSelection = nodes.map((n, i) => (i === 0 ? node(0, true) : n));
    const first = stageOf(withSelection, edges, { centre: centreOf(4), count: 2 });
    expect(first.nodes.map((n) => n.id)).toEqual(['unit-0', 'unit-4']);
    expect(first.edges).toEqual([]);
  });

  it('gives everything once the stage holds every node', () => {
    const all = stageOf(nodes, edges, { centre: centreOf(0), count: 5 });
    expect(all.nodes).toEqual(nodes);
    expect(all.edges).toEqual(edges);
  });
});
