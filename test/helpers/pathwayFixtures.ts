import { generatePathway } from '../../shared/pathway/generate';
import { TIER, type Pathway, type PathwayNode } from '../../shared/pathway/model';

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

/**
 * Generated positions put each tier in one column, 80 px apart (nodes are 92 px high: they overlap, in
 * a column 72,000 px tall). Lay each tier out as a grid instead, row-major so that a topic's nodes sit
 * at the same height in every tier and edges run mostly left to right, as a designed map does; the
 * whole map is about as wide as a screen's shape, so "zoom to fit" shows all of it.
 */
export function tieredGrid(nodes: PathwayNode[]): PathwayNode[] {
  const cell = { width: 260, height: 130 };
  const rows = Math.max(1, Math.round(Math.sqrt((nodes.length * cell.width) / (1.6 * cell.height))));
  const byTier = new Map<number, PathwayNode[]>();
  for (const node of nodes) {
    const tier = byTier.get(TIER[node.kind]);
    if (tier) tier.push(node);
    else byTier.set(TIER[node.kind], [node]);
  }
  const out: PathwayNode[] = [];
  let x = 0;
  for (const tier of [...byTier.keys()].sort((a, b) => a - b)) {
    const members = byTier.get(tier)!;
    const columns = Math.ceil(members.length / rows);
    const tierRows = Math.ceil(members.length / columns);
    members.forEach((node, i) => {
      const row = Math.floor(i / columns);
      out.push({ ...node, position: { x: x + (i % columns) * cell.width, y: Math.round((row * rows * cell.height) / tierRows) } });
    });
    x += columns * cell.width + 200;
  }
  return out;
}
