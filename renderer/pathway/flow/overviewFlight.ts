import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import type { PathwayEditorStore } from '../editorStore';
import { easeCubicInOut, VIEW_ANIMATION_MS, viewportBetween } from './viewportTween';

/**
 * Moves the view to `to`, in the overview (levelOfDetail.ts), animated over the time and with the easing
 * of the editor's other view changes. Animated by React Flow (`setViewport` with a duration), the view
 * passes through readable zooms where React Flow mounts more nodes each frame, hundreds at 2,000 nodes,
 * which made most frames of "zoom to fit" janky. So the flight is drawn as the overview from its first
 * frame: while the store has an `overviewFlight`, React Flow holds no node (useFlowWindow.ts) and the
 * overview canvas draws the view, one draw a frame. A later flight replaces this one, which then stops.
 */
export function flyIntoOverview(store: PathwayEditorStore, flow: ReactFlowInstance, to: Viewport, size: { width: number; height: number }): Promise<boolean> {
  const from = flow.getViewport();
  const flight = store.startOverviewFlight();
  const start = performance.now();
  return new Promise((resolve) => {
    const frame = (now: number) => {
      if (store.getState().overviewFlight !== flight) return resolve(false);
      const t = Math.min(1, Math.max(0, (now - start) / VIEW_ANIMATION_MS));
      void flow.setViewport(viewportBetween(from, to, easeCubicInOut(t), size));
      if (t < 1) return void requestAnimationFrame(frame);
      store.endOverviewFlight(flight);
      resolve(true);
    };
    requestAnimationFrame(frame);
  });
}
