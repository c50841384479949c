import { useReactFlow } from '@xyflow/react';
import { useCallback, type MouseEvent as ReactMouseEvent } from 'react';
import { reveal } from '../commands';
import type { PathwayEditorStore } from '../editorStore';
import { nodeAt, type Picture } from './pathwayPicture';

/**
 * Clicks in the overview, where React Flow holds no node or edge (flowWindow.ts): the node drawn under
 * the pointer is found in the picture, and the click does what it does on a node in the normal view.
 *
 * - A click selects the node, or clears the selection on empty canvas.
 * - With Shift, Ctrl or Meta (the canvas's multi-selection keys) it adds the node to the selection or
 *   takes it out, and keeps the selection on empty canvas.
 * - A double-click on a node zooms in to it, animated, out of the overview; elsewhere React Flow's
 *   own double-click zoom stays.
 */
export function useOverviewPointer(store: PathwayEditorStore, picture: Picture, overview: boolean) {
  const flow = useReactFlow();
  const hit = useCallback(
    (event: ReactMouseEvent): string | undefined | false => {
      if (!overview || !(event.target as Element).classList.contains('react-flow__pane')) return false;
      return nodeAt(picture, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [overview, picture, flow],
  );

  const onClick = useCallback(
    (event: ReactMouseEvent) => {
      const id = hit(event);
      if (id === false) return;
      if (!(event.shiftKey || event.ctrlKey || event.metaKey)) return store.select(id ? [id] : []);
      if (!id) return;
      const { selectedNodes, selectedEdges } = store.getState();
      const nodes = new Set(selectedNodes);
      if (!nodes.delete(id)) nodes.add(id);
      store.select(nodes, selectedEdges);
    },
    [hit, store],
  );

  // In the capture phase: React Flow's double-click zoom (d3-zoom, on an element inside) would
  // otherwise zoom ×2 from here, still within the overview, and fight the animation.
  const onDoubleClickCapture = useCallback(
    (event: ReactMouseEvent) => {
      const id = hit(event);
      if (!id) return;
      event.stopPropagation();
      store.select([id]);
      reveal({ store, flow }, id);
    },
    [hit, store, flow],
  );

  return { onClick, onDoubleClickCapture };
}
