import type { ReactFlowState } from '@xyflow/react';

/**
 * What the canvas leaves out as it zooms out, so that a whole large pathway stays cheap to show
 * (MEASURING.md: zoom to fit 2,000 nodes).
 */

/** Below this zoom a node's text is unreadable: nodes are drawn as plain blocks. */
const SIMPLE_NODES_BELOW = 0.3;

/**
 * Below this zoom edges are not drawn. They are 1 px wide in flow units, so here they cover under a
 * tenth of a pixel and barely show, while 3,000 SVG edges, each subscribed to React Flow's store and
 * repainted on every frame of a pan, are about half the cost of showing a 2,000-node pathway whole.
 */
const EDGES_HIDDEN_BELOW = 0.1;

export const isZoomedOut = (s: ReactFlowState) => s.transform[2] < SIMPLE_NODES_BELOW;
export const areEdgesHidden = (s: ReactFlowState) => s.transform[2] < EDGES_HIDDEN_BELOW;
