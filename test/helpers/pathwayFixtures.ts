import { PATHWAY_FORMAT, TIER, type NodeKind, type PathwayEdge, type PathwayNode } from '../../shared/pathway/model';

/**
 * Deterministic pathway bodies for storage tests and benchmarks: realistic node bodies (titles,
 * descriptions, positions, kind-specific fields) whose edges follow the stack model.
 */
export interface PathwayBody {
  schemaVersion: 1;
  format: typeof PATHWAY_FORMAT;
  id: string;
  name: string;
  description: string;
  nodes: PathwayNode[];
  edges: PathwayEdge[];
  [key: string]: unknown;
}

/** mulberry32: a tiny seeded PRNG, so the same seed always gives the same pathway. */
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

// Share of each kind in a typical stack: many units and checks, few macro credentials.
const MIX: [NodeKind, number][] = [
  ['unit', 0.34],
  ['assessment', 0.2],
  ['evidence', 0.1],
  ['skill', 0.2],
  ['badge', 0.1],
  ['certificate', 0.045],
  ['program', 0.015],
];

const TOPICS = ['SQL', 'Spreadsheets', 'Visualisation', 'Python', 'Statistics', 'Data Cleaning', 'Dashboards', 'Forecasting', 'Ethics', 'Storytelling'];

function nodeFor(kind: NodeKind, index: number, position: { x: number; y: number }, rnd: () => number): PathwayNode {
  const topic = TOPICS[index % TOPICS.length]!;
  const id = `${kind}-${index}`;
  const base = {
    id,
    kind,
    title: `${topic} ${kind} ${index}`,
    description: `Covers ${topic.toLowerCase()} in practice: worked examples on a realistic data set, common mistakes, and how to explain the result to a colleague (${kind} ${index}).`,
    position,
  };
  switch (kind) {
    case 'unit':
      return { ...base, durationMinutes: 15 + Math.floor(rnd() * 60), format: rnd() < 0.5 ? 'lesson' : 'exercise' };
    case 'assessment':
      return { ...base, method: rnd() < 0.5 ? 'quiz' : 'performance task' };
    case 'evidence':
      return { ...base, evidenceType: rnd() < 0.5 ? 'work sample' : 'screenshot' };
    case 'skill':
      return { ...base, alignments: [{ framework: 'ESCO', code: `S${1000 + index}`, name: `${topic} skill ${index}` }] };
    case 'badge':
    case 'certificate':
    case 'program':
      return {
        ...base,
        rule: rnd() < 0.7 ? { type: 'all' } : { type: 'atLeast', count: 1 },
        credential: {
          name: `${topic} ${kind} ${index}`,
          description: `Awarded to learners who demonstrate ${topic.toLowerCase()} at the level this ${kind} describes.`,
          criteria: `Complete every required input and at least one optional assessment of ${topic.toLowerCase()}.`,
          achievementType: kind === 'badge' ? 'Badge' : kind === 'certificate' ? 'Certificate' : 'Certification',
        },
      };
    default: {
      const never: never = kind;
      throw new Error(`unknown kind ${String(never)}`);
    }
  }
}

/** A pathway of exactly `nodes` nodes and `edges` edges (edges ≤ what the stack model allows). */
export function generatePathwayBody({ nodes, edges, seed = 1, id = 'pathway-generated', name = 'Generated pathway' }: {
  nodes: number;
  edges: number;
  seed?: number;
  id?: string;
  name?: string;
}): PathwayBody {
  const rnd = seededRandom(seed);
  const kinds: NodeKind[] = [];
  for (const [kind, share] of MIX) for (let i = 0; i < Math.max(1, Math.round(nodes * share)); i++) kinds.push(kind);
  while (kinds.length > nodes) kinds.splice(kinds.indexOf('unit'), 1);
  while (kinds.length < nodes) kinds.unshift('unit');

  const rowInTier = new Map<number, number>();
  const list = kinds.map((kind, i) => {
    const tier = TIER[kind];
    const row = rowInTier.get(tier) ?? 0;
    rowInTier.set(tier, row + 1);
    return nodeFor(kind, i, { x: tier * 320, y: row * 110 }, rnd);
  });

  // Nodes are ordered by tier, so an edge from a lower index to a higher one never goes down the stack,
  // and unit → unit edges only go forward (no cycles).
  const out: PathwayEdge[] = [];
  const seen = new Set<string>();
  const add = (from: number, to: number) => {
    const a = list[from]!;
    const b = list[to]!;
    if (from >= to || TIER[a.kind] > TIER[b.kind]) return;
    const key = `${a.id}>${b.id}`;
    if (seen.has(key) || out.length >= edges) return;
    seen.add(key);
    out.push(rnd() < 0.2 ? { from: a.id, to: b.id, required: true } : { from: a.id, to: b.id });
  };
  const firstOfTier = (tier: number) => list.findIndex((n) => TIER[n.kind] >= tier);
  // Every node above the units gets one input from the tier below it.
  for (let to = 0; to < list.length; to++) {
    const tier = TIER[list[to]!.kind];
    if (tier === 0) continue;
    const lo = firstOfTier(tier - 1);
    add(lo + Math.floor(rnd() * Math.max(1, firstOfTier(tier) - lo)), to);
  }
  for (let guard = 0; out.length < edges && guard < edges * 50; guard++) {
    const from = Math.floor(rnd() * (list.length - 1));
    add(from, from + 1 + Math.floor(rnd() * Math.min(list.length - from - 1, 400)));
  }
  if (out.length !== edges) throw new Error(`could only place ${out.length} of ${edges} edges among ${nodes} nodes`);

  return {
    schemaVersion: 1,
    format: PATHWAY_FORMAT,
    id,
    name,
    description: `A generated pathway of ${nodes} nodes and ${edges} edges.`,
    nodes: list,
    edges: out,
  };
}

/**
 * The body the crash test saves as revision `revision`: a function of the revision number alone, so the
 * parent can check exactly what a killed child had saved. Sizes vary (5–64 nodes, ~3–25 KB), so saves
 * cross page and checkpoint boundaries at different moments.
 */
export function crashPathwayBody(id: string, revision: number): PathwayBody {
  const nodes = 5 + ((revision * 7919) % 60);
  const body = generatePathwayBody({ nodes, edges: nodes - 1, seed: revision, id, name: `Crash pathway r${revision}` });
  return { ...body, description: `Saved as revision ${revision}.` };
}
