import { SelectionMode, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { PathwayEditorStore } from '../editorStore';
import { nodesInside, type Picture } from './pathwayPicture';

/** How a box selects, given to React Flow and used in the overview alike: nodes wholly inside it. */
export const SELECTION_MODE: SelectionMode = SelectionMode.Full;

/**
 * Shift+drag in the overview, where React Flow holds no node (flowWindow.ts): React Flow still runs the
 * gesture and paints its rectangle above the overview canvas, but finds nothing in it. Its rectangle is
 * read from React Flow's store instead, and what it holds in the picture is selected in the editor store
 * as the drag goes, as React Flow selects during a drag: the box's nodes and the edges touching them,
 * replacing the selection.
 */
export function useOverviewBoxSelect(store: PathwayEditorStore, picture: Picture, overview: boolean) {
  const flowStore = useStoreApi();
  useEffect(() => {
    if (!overview) return;
    return flowStore.subscribe((s, previous) => {
      const box = s.userSelectionRect;
      if (!s.userSelectionActive || !box || box === previous.userSelectionRect) return;
      const [tx, ty, zoom] = s.transform;
      const rect = { x: (box.x - tx) / zoom, y: (box.y - ty) / zoom, width: box.width / zoom, height: box.height / zoom };
      const nodes = new Set(nodesInside(picture, rect, SELECTION_MODE === SelectionMode.Partial));
      const edges = picture.edges.filter((e) => nodes.has(e.source) || nodes.has(e.target)).map((e) => e.id);
      // An unchanged selection is kept as it is (editorStore's select), so a move inside the same nodes redraws nothing.
      store.select(nodes, edges);
    });
  }, [flowStore, store, picture, overview]);
}
