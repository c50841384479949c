import type Konva from 'konva';

/**
 * The Konva node of each element, registered by its component: what gestures move and the Transformer
 * holds. A lookup by id, not a search of the layer (2,000 children).
 */
export class NodeRegistry {
  private readonly nodes = new Map<string, Konva.Shape>();

  register(id: string, node: Konva.Shape | null): void {
    if (node) this.nodes.set(id, node);
    else this.nodes.delete(id);
  }

  get(id: string): Konva.Shape | undefined {
    return this.nodes.get(id);
  }

  /** The nodes of these ids that are drawn (not hidden), in no particular order. */
  visible(ids: Iterable<string>): Konva.Shape[] {
    const out: Konva.Shape[] = [];
    for (const id of ids) {
      const node = this.nodes.get(id);
      if (node?.visible()) out.push(node);
    }
    return out;
  }
}

/**
 * Lifts nodes onto the drag layer for a gesture (MEASURING.md: with 2,000 shapes a frame costs 155 ms if
 * the whole layer redraws, ~21 ms if only the moving nodes do), below what the layer already shows, and
 * returns how to put them back exactly where they were, so React's order of the layer's children holds.
 */
export function liftNodes(nodes: readonly Konva.Shape[], dragLayer: Konva.Layer): () => void {
  const home = nodes
    .map((node) => ({ node, parent: node.getParent(), index: node.zIndex() }))
    .filter((h): h is { node: Konva.Shape; parent: NonNullable<typeof h.parent>; index: number } => h.parent != null && h.parent !== dragLayer)
    .sort((a, b) => a.index - b.index);
  if (home.length === 0) return () => undefined;
  // Under the handles and guides the layer already holds, in their own order.
  home.forEach((h, i) => {
    h.node.moveTo(dragLayer);
    h.node.zIndex(i);
  });
  const layers = new Set(home.map((h) => h.parent.getLayer()));
  for (const layer of layers) layer?.batchDraw();
  dragLayer.batchDraw();
  return () => {
    for (const h of home) {
      h.node.moveTo(h.parent);
      h.node.zIndex(h.index);
    }
    for (const layer of layers) layer?.batchDraw();
    dragLayer.batchDraw();
  };
}
