import { useStoreApi, type Edge, type Rect, type Viewport } from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { windowAround, windowOf, windowServes, type FlowWindow } from './flowWindow';
import { fittedViewport } from './levelOfDetail';
import type { StackFlowNode } from './StackNode';

/**
 * What React Flow is given of the pathway's `nodes` and `edges` (all of them, as flowModel.ts makes
 * them): the window around the view (flowWindow.ts), nothing in the overview (levelOfDetail.ts).
 *
 * - The editor opens fitted to the pathway, as React Flow's `fitView` would, but from its first render,
 *   so a large pathway opens straight into the overview (with `fitView`, React Flow first rendered the
 *   nodes in view at zoom 1). `initialViewport` is undefined until the canvas has been measured. An
 *   empty pathway is fitted when its first nodes arrive, as before: `fitView` waits for them.
 * - React Flow applies a pan or zoom to its store at once, and new nodes only after the next render of
 *   the canvas: crossing into the overview, its first render at the new zoom would have mounted every
 *   node then in view (all 2,000 after "zoom to fit", ~2 s), and crossing out, none. `onViewportChange`
 *   runs just before React Flow takes the new transform, and hands it the window for it.
 */
export function useFlowWindow(nodes: StackFlowNode[], edges: Edge[]) {
  const flowStore = useStoreApi();
  const wrapper = useRef<HTMLDivElement>(null);
  const [area, setArea] = useState<Rect>();
  const latest = useRef({ nodes, edges, area });
  useLayoutEffect(() => {
    latest.current = { nodes, edges, area };
  });

  const last = useRef<FlowWindow>(undefined);
  const windowed = useCallback((n: StackFlowNode[], e: Edge[], a: Rect | undefined) => (last.current = windowOf(n, e, a, last.current)), []);
  const shown = useMemo(() => windowed(nodes, edges, area), [windowed, nodes, edges, area]);

  const [initial, setInitial] = useState<{ viewport: Viewport; fitView: boolean }>();
  useLayoutEffect(() => {
    if (initial) return;
    const size = wrapper.current!.getBoundingClientRect();
    const fitted = fittedViewport(latest.current.nodes, size);
    // In React Flow's store before <ReactFlow> first renders (it would take it from `defaultViewport`
    // only after), so that its first render, the window and the overview agree.
    flowStore.setState({ transform: [fitted.x, fitted.y, fitted.zoom] });
    setArea(windowAround(fitted, size));
    setInitial({ viewport: fitted, fitView: latest.current.nodes.length === 0 });
  }, [initial, flowStore]);

  const onViewportChange = useCallback(
    (viewport: Viewport) => {
      const state = flowStore.getState();
      const { nodes: n, edges: e, area: a } = latest.current;
      if (windowServes(a, viewport, state)) return;
      const next = windowAround(viewport, state);
      latest.current.area = next;
      setArea(next);
      const given = windowed(n, e, next);
      state.setNodes(given.nodes);
      state.setEdges(given.edges);
    },
    [flowStore, windowed],
  );

  return { wrapper, initialViewport: initial?.viewport, fitView: initial?.fitView, onViewportChange, shown };
}
