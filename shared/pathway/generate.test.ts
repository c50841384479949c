import { describe, expect, it } from 'vitest';
import { evaluatePathway } from './evaluate';
import { generatePathway } from './generate';
import { edgeAllowed, NODE_KINDS, type NodeKind } from './model';
import { PathwaySchema } from './schema';
import { validatePathway } from './validate';

describe('generatePathway', () => {
  const big = generatePathway({ nodes: 2000, edges: 3000, seed: 7 });

  it('makes exactly the nodes and edges asked for, schema-valid', () => {
    expect(big.nodes).toHaveLength(2000);
    expect(big.edges).toHaveLength(3000);
    expect(PathwaySchema.safeParse(big).success).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generatePathway({ nodes: 2000, edges: 3000, seed: 7 })).toEqual(big);
    expect(generatePathway({ nodes: 2000, edges: 3000, seed: 8 }).edges).not.toEqual(big.edges);
  });

  it('draws a realistic stack: every kind, mostly units, edges only up the stack', () => {
    const count = (kind: NodeKind) => big.nodes.filter((node) => node.kind === kind).length;
    for (const kind of NODE_KINDS) expect(count(kind)).toBeGreaterThan(0);
    expect(count('unit')).toBeGreaterThan(count('skill'));
    expect(count('badge')).toBeGreaterThan(count('program'));
    const kindOf = new Map(big.nodes.map((node) => [node.id, node.kind]));
    for (const edge of big.edges) expect(edgeAllowed(kindOf.get(edge.from)!, kindOf.get(edge.to)!)).toBe(true);
  });

  it.each([
    [2000, 3000],
    [100, 150],
    [7, 10],
    [3, 2],
  ])('makes a pathway of %i nodes with nothing to report', (nodes, edges) => {
    expect(validatePathway(generatePathway({ nodes, edges, seed: 1 }))).toEqual([]);
  });

  it('can be completed: every program is earned when every activity is done', () => {
    const activities = big.nodes.filter((node) => ['unit', 'assessment', 'evidence'].includes(node.kind));
    const { nodes } = evaluatePathway(big, activities.map((node) => node.id));
    const programs = big.nodes.filter((node) => node.kind === 'program');
    for (const program of programs) expect(nodes[program.id]!.state).toBe('earned');
  });
});
