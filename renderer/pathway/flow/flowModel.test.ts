import { describe, expect, it } from 'vitest';
import type { Pathway } from '../../../shared/pathway/model';
import { PathwayEditorStore } from '../editorStore';
import { moveNodes } from '../../../shared/pathway/edit';
import { ruleTexts, toFlowEdges, toFlowNodes, type NodeView } from './flowModel';

const pathway: Pathway = {
  format: 'laurel.pathway/1',
  id: 'p',
  name: 'P',
  nodes: [
    { id: 'unit-1', kind: 'unit', title: 'Unit', position: { x: 0, y: 0 } },
    { id: 'program-1', kind: 'program', title: 'Program', position: { x: 300, y: 0 } },
  ],
  edges: [{ from: 'unit-1', to: 'program-1' }],
};

const view: NodeView = { selected: new Set(), evaluation: undefined, problems: new Map(), measured: new Map(), ruleTexts: ruleTexts(pathway) };

describe('the flow model of a large pathway', () => {
  it('gives a node React Flow has not measured its size and handles, so React Flow need not render it to measure it', () => {
    const [unit, program] = toFlowNodes(pathway, view).nodes;
    expect(unit!.measured).toEqual({ width: 210, height: 92 });
    expect(unit!.handles).toEqual([
      expect.objectContaining({ type: 'target', position: 'left', x: -3, y: 43, width: 6, height: 6 }),
      expect.objectContaining({ type: 'source', position: 'right', x: 207, y: 43, width: 6, height: 6 }),
    ]);
    // A program feeds nothing: it has no source handle.
    expect(program!.handles).toEqual([expect.objectContaining({ type: 'target' })]);
  });

  it('makes a new object only for the node a drag frame moved, so React Flow re-renders only that node', () => {
    const before = toFlowNodes(pathway, view);
    const moved = moveNodes(pathway, new Map([['program-1', { x: 320, y: 10 }]]));
    for (const after of [toFlowNodes(moved, view).nodes, toFlowNodes(moved, view, before).nodes]) {
      expect(after[0]).toBe(before.nodes[0]);
      expect(after[1]).not.toBe(before.nodes[1]);
      expect(after[1]!.position).toEqual({ x: 320, y: 10 });
    }
  });

  it('shows a change of view on unchanged nodes, when starting from the previous frame', () => {
    const before = toFlowNodes(pathway, view);
    expect(toFlowNodes(pathway, { ...view, selected: new Set(['unit-1']) }, before).nodes[0]!.selected).toBe(true);
  });

  it('keeps the edges of a drag frame the same objects, so React Flow keeps its connection lookup', () => {
    const before = toFlowEdges(pathway.edges, new Set(), undefined);
    expect(toFlowEdges(pathway.edges, new Set(), undefined)[0]).toBe(before[0]);
  });

  it('keeps a selection set whose members did not change, so selecting a node does not rebuild the edges', () => {
    const store = new PathwayEditorStore(pathway);
    store.select(['unit-1']);
    const { selectedNodes, selectedEdges } = store.getState();
    store.select(['unit-1']);
    expect(store.getState().selectedNodes).toBe(selectedNodes);
    expect(store.getState().selectedEdges).toBe(selectedEdges);
    store.select(['program-1']);
    expect(store.getState().selectedNodes).not.toBe(selectedNodes);
    expect([...store.getState().selectedNodes]).toEqual(['program-1']);
  });
});
