import { generatePathway } from '../../shared/pathway/generate';
import type { Pathway, PathwayNode } from '../../shared/pathway/model';

/**
 * Deterministic pathway bodies for storage tests and benchmarks. The graph comes from the shared
 * generator; each node then gets what a designer writes into it (a description and its kind's fields),
 * so bodies weigh what real ones do (~400 bytes a node, like the example pathway).
 */
export type PathwayBody = Pathway & { schemaVersion: 1; description: string };

/** mulberry32: a tiny seeded PRNG, so a failing random run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withDesignerContent(node: PathwayNode, index: number): PathwayNode {
  const description = `${node.title}: worked examples on a realistic data set, the common mistakes, and how to explain the result to a colleague.`;
  switch (node.kind) {
    case 'unit':
      return { ...node, description, durationMinutes: 15 + (index % 4) * 15, format: index % 2 ? 'exercise' : 'lesson' };
    case 'assessment':
      return { ...node, description, method: index % 2 ? 'performance task' : 'quiz' };
    case 'evidence':
      return { ...node, description, evidenceType: index % 2 ? 'screenshot' : 'work sample' };
    case 'skill':
      return { ...node, description, alignments: [{ framework: 'ESCO', code: `S${1000 + index}`, name: node.title }] };
    case 'badge':
    case 'certificate':
    case 'program':
      return { ...node, description };
    default: {
      const unknownKind: never = node.kind;
      throw new Error(`unknown node kind ${String(unknownKind)}`);
    }
  }
}

/** A stored pathway body of about `nodes` nodes and `edges` edges, the same for the same arguments. */
export function generatePathwayBody({ nodes, edges, seed = 1, id = 'pathway-generated', name = 'Generated pathway' }: {
  nodes: number;
  edges: number;
  seed?: number;
  id?: string;
  name?: string;
}): PathwayBody {
  const pathway = generatePathway({ nodes, edges, seed });
  return {
    schemaVersion: 1,
    ...pathway,
    id,
    name,
    description: `A generated pathway of ${pathway.nodes.length} nodes and ${pathway.edges.length} edges.`,
    nodes: pathway.nodes.map(withDesignerContent),
  };
}

/**
 * The body the crash test saves as revision `revision`: a function of the revision number alone, so the
 * parent can check exactly what a killed child had saved. Sizes vary (5–54 nodes, ~2–20 KB), so saves
 * cross page boundaries at different moments.
 */
export function crashPathwayBody(id: string, revision: number): PathwayBody {
  const nodes = 5 + ((revision * 7919) % 50);
  const body = generatePathwayBody({ nodes, edges: Math.round(nodes * 1.5), seed: revision, id, name: `Crash pathway r${revision}` });
  return { ...body, description: `Saved as revision ${revision}.` };
}
