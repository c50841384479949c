import type { ELK as Elk } from 'elkjs/lib/elk-api';
import { TIER, type Pathway } from '../../shared/pathway/model';

// ELK is 1.5 MB: loaded the first time someone asks for a layout, not with the studio.
let elk: Promise<Elk> | undefined;
const loadElk = () => (elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK()));

export const NODE_SIZE = { width: 210, height: 92 };

/**
 * Positions for every node, left to right by tier: ELK's layered algorithm with one partition per tier,
 * so units always sit left of assessments, and so on up to programs, whatever the edges say.
 */
export async function layoutByTier(pathway: Pathway, measured?: ReadonlyMap<string, { width: number; height: number }>): Promise<Map<string, { x: number; y: number }>> {
  const ids = new Set(pathway.nodes.map((n) => n.id));
  const graph = await (await loadElk()).layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      // Lay out the whole graph at once, or unconnected parts would each start again at the left.
      'elk.separateConnectedComponents': 'false',
      'elk.spacing.nodeNode': '24',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: pathway.nodes.map((n) => ({
      id: n.id,
      ...(measured?.get(n.id) ?? NODE_SIZE),
      layoutOptions: { 'elk.partitioning.partition': String(TIER[n.kind]) },
    })),
    edges: pathway.edges
      .filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to)
      .map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  });
  return new Map((graph.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}
