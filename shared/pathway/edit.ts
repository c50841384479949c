import { edgeAllowed, edgeId, TIER, type Pathway, type PathwayEdge, type PathwayNode, type NodeKind, type Rule } from './model';
import { KIND_LABEL, titleOf } from './names';

/**
 * The pathway editor's edits as pure functions: each takes a pathway and returns a new one (or the same
 * object when nothing changes), sharing untouched nodes so a view can tell what changed by identity.
 * The editor's commands, the CLI and tests all go through these.
 */

export const DEFAULT_TITLES: Record<NodeKind, string> = {
  unit: 'New learning unit',
  assessment: 'New assessment',
  evidence: 'New evidence',
  skill: 'New skill',
  badge: 'New badge',
  certificate: 'New certificate',
  program: 'New program',
};

export function addNode(pathway: Pathway, node: PathwayNode): Pathway {
  return { ...pathway, nodes: [...pathway.nodes, node] };
}

/** Why the stack model forbids connecting `from` to `to`, in words; undefined when it is allowed. */
export function connectionRefusal(pathway: Pathway, from: string, to: string): string | undefined {
  const source = pathway.nodes.find((n) => n.id === from);
  const target = pathway.nodes.find((n) => n.id === to);
  if (!source || !target) return 'Both ends must be nodes of this pathway.';
  if (from === to) return 'A node cannot feed itself.';
  if (pathway.edges.some((e) => e.from === from && e.to === to)) return `“${titleOf(source)}” already feeds “${titleOf(target)}”.`;
  if (!edgeAllowed(source.kind, target.kind)) {
    return `${KIND_LABEL[source.kind]} → ${KIND_LABEL[target.kind].toLowerCase()} goes down the stack: connections go up (unit → assessment → evidence → skill → badge → certificate → program).`;
  }
  if (source.kind === 'unit' && target.kind === 'unit' && reaches(pathway, to, from)) {
    return `That would make a cycle of units: “${titleOf(target)}” already leads to “${titleOf(source)}”.`;
  }
  return undefined;
}

/** Whether `start` reaches `goal` along unit → unit edges. */
function reaches(pathway: Pathway, start: string, goal: string): boolean {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const at = queue.pop()!;
    if (at === goal) return true;
    for (const e of pathway.edges) {
      if (e.from !== at || seen.has(e.to)) continue;
      seen.add(e.to);
      queue.push(e.to);
    }
  }
  return false;
}

export function connect(pathway: Pathway, from: string, to: string): Pathway {
  if (connectionRefusal(pathway, from, to)) return pathway;
  return { ...pathway, edges: [...pathway.edges, { from, to }] };
}

export function removeElements(pathway: Pathway, nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): Pathway {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  if (nodes.size === 0 && edges.size === 0) return pathway;
  return {
    ...pathway,
    nodes: pathway.nodes.filter((n) => !nodes.has(n.id)),
    edges: pathway.edges.filter((e) => !edges.has(edgeId(e)) && !nodes.has(e.from) && !nodes.has(e.to)),
  };
}

/** Merges `patch` into one node; a key set to undefined is removed. */
export function updateNode(pathway: Pathway, id: string, patch: Partial<PathwayNode>): Pathway {
  return {
    ...pathway,
    nodes: pathway.nodes.map((n) => {
      if (n.id !== id) return n;
      const next: PathwayNode = { ...n, ...patch };
      for (const [key, value] of Object.entries(patch)) if (value === undefined) delete (next as Record<string, unknown>)[key];
      return next;
    }),
  };
}

export function setRule(pathway: Pathway, id: string, rule: Rule): Pathway {
  return updateNode(pathway, id, { rule: rule.type === 'all' ? undefined : rule });
}

export function updateEdge(pathway: Pathway, id: string, patch: Partial<Pick<PathwayEdge, 'required' | 'points'>>): Pathway {
  return {
    ...pathway,
    edges: pathway.edges.map((e) => {
      if (edgeId(e) !== id) return e;
      const next: PathwayEdge = { ...e, ...patch };
      if (!next.required) delete next.required;
      if (next.points === undefined || next.points === 1) delete next.points;
      return next;
    }),
  };
}

/** Moves nodes to new positions; nodes not in `positions` keep their object identity. */
export function moveNodes(pathway: Pathway, positions: ReadonlyMap<string, { x: number; y: number }>): Pathway {
  if (positions.size === 0) return pathway;
  return {
    ...pathway,
    nodes: pathway.nodes.map((n) => {
      const p = positions.get(n.id);
      return p && (p.x !== n.position?.x || p.y !== n.position?.y) ? { ...n, position: { x: Math.round(p.x), y: Math.round(p.y) } } : n;
    }),
  };
}

/** A copied part of a pathway: nodes and the edges among them. */
export interface PathwayFragment {
  format: 'laurel.pathway-fragment/1';
  nodes: PathwayNode[];
  edges: PathwayEdge[];
}

export function copyFragment(pathway: Pathway, nodeIds: Iterable<string>): PathwayFragment {
  const ids = new Set(nodeIds);
  return {
    format: 'laurel.pathway-fragment/1',
    nodes: pathway.nodes.filter((n) => ids.has(n.id)),
    edges: pathway.edges.filter((e) => ids.has(e.from) && ids.has(e.to)),
  };
}

/**
 * Pastes a fragment with fresh ids, shifted by `offset`; returns the new pathway and the pasted ids.
 * Works across pathways: the fragment carries everything it needs.
 */
export function pasteFragment(pathway: Pathway, fragment: PathwayFragment, offset: { x: number; y: number }, newId: (kind: NodeKind) => string): { pathway: Pathway; ids: string[] } {
  const idMap = new Map(fragment.nodes.map((n) => [n.id, newId(n.kind)]));
  const nodes = fragment.nodes.map((n) => ({
    ...n,
    id: idMap.get(n.id)!,
    position: { x: (n.position?.x ?? 0) + offset.x, y: (n.position?.y ?? 0) + offset.y },
  }));
  const edges = fragment.edges.map((e) => ({ ...e, from: idMap.get(e.from)!, to: idMap.get(e.to)! }));
  return { pathway: { ...pathway, nodes: [...pathway.nodes, ...nodes], edges: [...pathway.edges, ...edges] }, ids: nodes.map((n) => n.id) };
}

/** A new node id that is readable in exports and unique in the pathway. */
export function freshNodeId(pathway: Pathway, kind: NodeKind, taken = new Set(pathway.nodes.map((n) => n.id))): string {
  for (let i = pathway.nodes.length + 1; ; i++) {
    const id = `${kind}-${i}`;
    if (!taken.has(id)) return id;
  }
}

/** Nodes ordered for "next node" keyboard navigation: by tier (left to right), then top to bottom. */
export function readingOrder(pathway: Pathway): PathwayNode[] {
  return [...pathway.nodes].sort((a, b) => TIER[a.kind] - TIER[b.kind] || (a.position?.y ?? 0) - (b.position?.y ?? 0));
}
