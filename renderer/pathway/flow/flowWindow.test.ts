import { describe, expect, it } from 'vitest';
import { moveNodes } from '../../../shared/pathway/edit';
import type { Pathway } from '../../../shared/pathway/model';
import { ruleTexts, toFlowEdges, toFlowNodes, type NodeView } from './flowModel';
import { windowAround, windowOf, windowServes } from './flowWindow';

// Three units in a row, 3,000 px apart, and an edge from the first to the last passing the middle one.
const pathway: Pathway = {
  format: 'laurel.pathway/1',
  id: 'p',
  name: 'P',
  nodes: [
    { id: 'unit-1', kind: 'unit', title: 'Left', position: { x: 0, y: 0 } },
    { id: 'unit-2', kind: 'unit', title: 'Middle', position: { x: 3000, y: 0 } },
    { id: 'unit-3', kind: 'unit', title: 'Right', position: { x: 6000, y: 0 } },
  ],
  edges: [{ from: 'unit-1', to: 'unit-3' }],
};
const view: NodeView = { selected: new Set(), evaluation: undefined, problems: new Map(), measured: new Map(), ruleTexts: ruleTexts(pathway) };
const size = { width: 800, height: 600 };
// Zoom 1 on the middle node: the window reaches one view further each side, not to the other nodes.
const area = windowAround({ x: -2800, y: 0, zoom: 1 }, size)!;

describe('the part of a large pathway React Flow is given', () => {
  it('gives the nodes near the view, an edge passing through it, and that edge’s ends', () => {
    const shown = windowOf(toFlowNodes(pathway, view).nodes, toFlowEdges(pathway.edges, new Set(), undefined), area);
    expect(shown.nodes.map((n) => n.id)).toEqual(['unit-1', 'unit-2', 'unit-3']);
    expect(shown.edges).toHaveLength(1);
    const withoutEdge = windowOf(toFlowNodes(pathway, view).nodes, [], area);
    expect(withoutEdge.nodes.map((n) => n.id)).toEqual(['unit-2']);
  });

  it('leaves out a long edge whose line passes far from the window, though the box around it covers the window', () => {
    const ends = [
      { id: 'unit-4', kind: 'unit', title: 'Far left', position: { x: -8000, y: 1000 } },
      { id: 'unit-5', kind: 'unit', title: 'Far right, far below', position: { x: 8000, y: 12000 } },
    ] as const;
    const far: Pathway = { ...pathway, nodes: [...pathway.nodes, ...ends], edges: [{ from: 'unit-4', to: 'unit-5' }] };
    const shown = windowOf(toFlowNodes(far, view).nodes, toFlowEdges(far.edges, new Set(), undefined), area);
    expect(shown.edges).toEqual([]);
    expect(shown.nodes.map((n) => n.id)).toEqual(['unit-2']);
  });

  it('always gives selected nodes, so that a selection dragged from afar moves whole', () => {
    expect(windowOf(toFlowNodes(pathway, { ...view, selected: new Set(['unit-3']) }).nodes, [], area).nodes.map((n) => n.id)).toEqual(['unit-2', 'unit-3']);
  });

  it('keeps the edge list while a drag moves selected nodes only, so React Flow keeps its connection lookup', () => {
    const selected = { ...view, selected: new Set(['unit-2']) };
    const edges = toFlowEdges(pathway.edges, new Set(), undefined);
    const before = windowOf(toFlowNodes(pathway, selected).nodes, edges, area);
    const after = windowOf(toFlowNodes(moveNodes(pathway, new Map([['unit-2', { x: 3100, y: 50 }]])), selected).nodes, edges, area, before);
    expect(after.edges).toBe(before.edges);
    expect(after.nodes.find((n) => n.id === 'unit-2')!.position).toEqual({ x: 3100, y: 50 });
  });

  it('gives nothing in the overview, and moves the window only when the view leaves it', () => {
    expect(windowAround({ x: 0, y: 0, zoom: 0.1 }, size)).toBeUndefined();
    expect(windowOf(toFlowNodes(pathway, view).nodes, [], undefined).nodes).toEqual([]);
    expect(windowServes(area, { x: -3300, y: -100, zoom: 1 }, size)).toBe(true);
    expect(windowServes(area, { x: -4500, y: 0, zoom: 1 }, size)).toBe(false);
    expect(windowServes(area, { x: 0, y: 0, zoom: 0.1 }, size)).toBe(false);
  });
});
