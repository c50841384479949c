import { getViewportForBounds, type Node, type ReactFlowState, type Viewport } from '@xyflow/react';
import { pictureBounds } from './pathwayPicture';

/**
 * What the canvas leaves out as it zooms out, so that a whole large pathway stays cheap to show
 * (MEASURING.md: open and zoom to fit 2,000 nodes).
 */

export const ZOOM_RANGE = { min: 0.05, max: 2 };

/**
 * Below this zoom a node's text is unreadable (its 13 px title is under 4 px high), so the pathway is
 * drawn as one picture on a canvas (OverviewCanvas.tsx) and React Flow renders no node or edge. Drawn
 * as DOM, a whole 2,000-node pathway mounted 2,000 nodes and 3,000 SVG edges (~5 s to open), and each
 * frame of a pan repainted them (~100 ms a frame); the canvas draws it in a few milliseconds.
 */
export const OVERVIEW_BELOW = 0.3;

export const isOverview = (s: ReactFlowState) => s.transform[2] < OVERVIEW_BELOW;

/** React Flow's "fit view" (same padding), computed up front so the editor can open already fitted. */
export function fittedViewport(nodes: readonly Pick<Node, 'position' | 'measured'>[], size: { width: number; height: number }): Viewport {
  if (nodes.length === 0) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(pictureBounds(nodes), size.width, size.height, ZOOM_RANGE.min, ZOOM_RANGE.max, 0.1);
}
