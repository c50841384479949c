import { isCredential, PATHWAY_FORMAT, type Pathway, type PathwayEdge, type PathwayNode } from './model';

export type NodeSpec = Partial<PathwayNode> & { id: string; kind: PathwayNode['kind'] };

/**
 * A pathway written tersely, for tests and examples: a title defaults to the id, edges may be written
 * "from->to", and a badge, certificate or program gets complete credential metadata unless it says
 * otherwise, so that a test sees only the problems it is about.
 */
export function testPathway(nodes: readonly NodeSpec[], edges: readonly (string | PathwayEdge)[] = []): Pathway {
  return {
    format: PATHWAY_FORMAT,
    id: 'test',
    name: 'Test pathway',
    nodes: nodes.map((spec): PathwayNode => ({
      ...spec,
      title: spec.title ?? spec.id,
      ...(isCredential(spec.kind) && !('credential' in spec)
        ? { credential: { name: spec.title ?? spec.id, description: 'd', criteria: 'c', templateId: 't' } }
        : {}),
    })),
    edges: edges.map((edge) => {
      if (typeof edge !== 'string') return edge;
      const [from, to] = edge.split('->');
      return { from: from!, to: to! };
    }),
  };
}
