import {
  PATHWAY_FORMAT,
  TIER,
  NODE_KINDS,
  type NodeKind,
  type Pathway,
  type PathwayEdge,
  type PathwayNode,
} from './model';

export interface GenerateOptions {
  nodes: number;
  edges: number;
  seed: number;
}

/** The share of each kind in a realistic stack: many small units, a handful of programs. */
const SHARE: Record<NodeKind, number> = {
  unit: 0.45,
  assessment: 0.2,
  evidence: 0.08,
  skill: 0.15,
  badge: 0.08,
  certificate: 0.03,
  program: 0.01,
};

/** The kinds that lead into each kind, as curriculum designers usually draw them. */
const SOURCES: Record<NodeKind, readonly NodeKind[]> = {
  unit: ['unit'],
  assessment: ['unit'],
  evidence: ['unit', 'assessment'],
  skill: ['assessment', 'evidence'],
  badge: ['skill'],
  certificate: ['badge'],
  program: ['certificate'],
};

/** Where a node that leads nowhere is connected, so that nothing hangs loose. */
const NEXT: Partial<Record<NodeKind, NodeKind>> = {
  unit: 'assessment',
  assessment: 'skill',
  evidence: 'skill',
  skill: 'badge',
  badge: 'certificate',
  certificate: 'program',
};

const TOPICS = ['SQL', 'Spreadsheets', 'Statistics', 'Data Cleaning', 'Python', 'Dashboards', 'Visualisation',
  'Storytelling', 'Data Ethics', 'Machine Learning', 'Cloud Data', 'Data Modelling'];
const WORD: Record<NodeKind, string> = {
  unit: 'Lesson',
  assessment: 'Quiz',
  evidence: 'Work Sample',
  skill: 'Practice',
  badge: 'Badge',
  certificate: 'Certificate',
  program: 'Program',
};
const ACHIEVEMENT_TYPE = { badge: 'Badge', certificate: 'Certificate', program: 'Certification' } as const;

/**
 * A deterministic, valid pathway of about `nodes` nodes and exactly `edges` edges (fewer only when so
 * many distinct allowed edges would not fit), shaped like a real stack: units → assessments and
 * evidence → skills → badges → certificates → programs, each node fed by neighbours of the tier below so
 * the map clusters by topic as a designed one does. For benchmarks and tests of large pathways.
 */
export function generatePathway({ nodes: nodeCount, edges: edgeCount, seed }: GenerateOptions): Pathway {
  const random = mulberry32(seed);
  const byKind = createNodes(nodeCount);
  const nodes = NODE_KINDS.flatMap((kind) => byKind[kind]);
  const fraction = new Map<string, number>();
  for (const kind of NODE_KINDS) {
    byKind[kind].forEach((node, i) => fraction.set(node.id, byKind[kind].length > 1 ? i / (byKind[kind].length - 1) : 0));
  }

  // Pick a node of `kind` near the relative position `at`, so that inputs come from the same topic.
  const near = (kind: NodeKind, at: number): PathwayNode | undefined => {
    const pool = byKind[kind];
    if (pool.length === 0) return undefined;
    const spread = Math.max(2, pool.length * 0.04);
    const i = Math.round(at * (pool.length - 1) + (random() * 2 - 1) * spread);
    return pool[Math.min(pool.length - 1, Math.max(0, i))];
  };
  const edges: PathwayEdge[] = [];
  const seen = new Set<string>();
  const hasOutput = new Set<string>();
  const connect = (from: PathwayNode | undefined, to: PathwayNode) => {
    const key = `${from?.id}\u0000${to.id}`;
    // Units only follow earlier units, so the suggested order never loops.
    if (!from || from === to || seen.has(key)) return;
    if (from.kind === 'unit' && to.kind === 'unit' && fraction.get(from.id)! >= fraction.get(to.id)!) return;
    seen.add(key);
    hasOutput.add(from.id);
    edges.push({ from: from.id, to: to.id });
  };
  const feed = (to: PathwayNode) => {
    const kinds = SOURCES[to.kind].filter((kind) => byKind[kind].length > 0);
    const kind = kinds[Math.floor(random() * kinds.length)];
    if (kind) connect(near(kind, fraction.get(to.id)!), to);
  };

  for (const node of nodes) if (node.kind !== 'unit') feed(node);
  for (const node of nodes) {
    const next = NEXT[node.kind];
    if (next && !hasOutput.has(node.id)) {
      const to = near(next, fraction.get(node.id)!);
      if (to) connect(node, to);
    }
  }
  for (let attempt = 0; edges.length < edgeCount && attempt < edgeCount * 20; attempt++) {
    feed(nodes[Math.floor(random() * nodes.length)]!);
  }
  edges.length = Math.min(edges.length, edgeCount);
  setRules(nodes, edges, random);

  return {
    format: PATHWAY_FORMAT,
    id: `generated-${seed}`,
    name: `Generated pathway (${nodes.length} nodes, seed ${seed})`,
    nodes,
    edges,
  };
}

function createNodes(total: number): Record<NodeKind, PathwayNode[]> {
  const counts = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  if (total < NODE_KINDS.length) {
    NODE_KINDS.slice(0, Math.max(0, total)).forEach((kind) => (counts[kind] = 1));
  } else {
    for (const kind of NODE_KINDS) if (kind !== 'unit') counts[kind] = Math.max(1, Math.round(total * SHARE[kind]));
    counts.unit = total - NODE_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  }
  const byKind = {} as Record<NodeKind, PathwayNode[]>;
  for (const kind of NODE_KINDS) {
    byKind[kind] = Array.from({ length: counts[kind] }, (_, i): PathwayNode => {
      const topic = TOPICS[Math.floor((i / counts[kind]) * TOPICS.length)]!;
      const title = `${topic} ${WORD[kind]} ${i + 1}`;
      const node: PathwayNode = { id: `${kind}-${i + 1}`, kind, title, position: { x: TIER[kind] * 300, y: i * 80 } };
      if (kind === 'badge' || kind === 'certificate' || kind === 'program') {
        node.credential = {
          name: title,
          description: `Shows the holder can apply ${topic.toLowerCase()} at work.`,
          criteria: `Earn every input this ${kind} stacks from.`,
          achievementType: ACHIEVEMENT_TYPE[kind],
          templateId: `template-${kind === 'badge' ? 'badge' : 'certificate'}`,
        };
      }
      return node;
    });
  }
  return byKind;
}

/** Rules that hold for some learner, in the mix designers use: any proof for a skill, all but one badge. */
function setRules(nodes: PathwayNode[], edges: PathwayEdge[], random: () => number): void {
  const inputs = new Map<string, PathwayEdge[]>();
  for (const edge of edges) {
    const into = inputs.get(edge.to);
    if (into) into.push(edge);
    else inputs.set(edge.to, [edge]);
  }
  for (const node of nodes) {
    const into = inputs.get(node.id) ?? [];
    if (into.length === 0) continue;
    if (node.kind === 'skill' || node.kind === 'evidence') node.rule = { type: 'atLeast', count: 1 };
    if (node.kind === 'certificate') {
      node.rule = { type: 'atLeast', count: Math.max(1, into.length - 1) };
      into[0]!.required = true;
    }
    if (node.kind === 'program') {
      for (const edge of into) edge.points = 1 + Math.floor(random() * 5);
      const total = into.reduce((sum, edge) => sum + (edge.points ?? 1), 0);
      node.rule = { type: 'points', min: Math.ceil(total * 0.7) };
    }
  }
}

/** A small, fast, seedable PRNG: the same seed gives the same pathway on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
