import { describe, expect, it } from 'vitest';
import type { Pathway } from '../../../shared/pathway/model';
import { ruleTexts, toFlowNodes } from './flowModel';
import { fittedViewport, OVERVIEW_BELOW } from './levelOfDetail';
import { nodeAt, nodesInside, pictureBounds, type Picture } from './pathwayPicture';

const pathway: Pathway = {
  format: 'laurel.pathway/1',
  id: 'p',
  name: 'P',
  nodes: [
    { id: 'unit-1', kind: 'unit', title: 'Unit', position: { x: 0, y: 0 } },
    { id: 'unit-2', kind: 'unit', title: 'Overlapping unit', position: { x: 100, y: 50 } },
    { id: 'program-1', kind: 'program', title: 'Program', position: { x: 3000, y: 1000 } },
  ],
  edges: [],
};
const nodes = toFlowNodes(pathway, { selected: new Set(), evaluation: undefined, problems: new Map(), measured: new Map(), ruleTexts: ruleTexts(pathway) }).nodes;
const picture: Picture = { nodes, edges: [] };

describe('the overview picture', () => {
  it('finds the node drawn under a click, the topmost where nodes overlap, and none on empty canvas', () => {
    expect(nodeAt(picture, { x: 20, y: 20 })).toBe('unit-1');
    expect(nodeAt(picture, { x: 150, y: 80 })).toBe('unit-2');
    expect(nodeAt(picture, { x: 1500, y: 500 })).toBeUndefined();
  });

  it('finds the nodes in a selection box as React Flow does: wholly inside, or with any overlap when partial', () => {
    // unit-1 spans 0–210 × 0–92 at its CSS size, unit-2 100–310 × 50–142.
    const box = { x: -10, y: -10, width: 230, height: 110 };
    expect(nodesInside(picture, box, false)).toEqual(['unit-1']);
    expect(nodesInside(picture, box, true)).toEqual(['unit-1', 'unit-2']);
    expect(nodesInside(picture, { x: 1000, y: 0, width: 100, height: 100 }, true)).toEqual([]);
  });

  it('bounds the nodes at their CSS size', () => {
    expect(pictureBounds(nodes)).toEqual({ x: 0, y: 0, width: 3210, height: 1092 });
  });

  it('opens a pathway too large to read whole in the overview, and an empty one at zoom 1', () => {
    const fitted = fittedViewport(nodes, { width: 870, height: 800 });
    expect(fitted.zoom).toBeLessThan(OVERVIEW_BELOW);
    expect(fittedViewport([], { width: 870, height: 800 })).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
