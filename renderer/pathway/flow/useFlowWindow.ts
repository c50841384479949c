import { useStoreApi, type Edge, type Rect, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { windowAround, windowOf, windowServes, type FlowWindow } from './flowWindow';
import { fittedViewport } from './levelOfDetail';
import type { StackFlowNode } from './StackNode';
import { STAGE_SIZE, stageOf, type WindowStage } from './windowStages';

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
 * - Crossing out of the overview, the window is handed in stages, a few dozen nodes a frame
 *   (windowStages.ts), until React Flow holds all of it.
 * - While `flying` into the overview (overviewFlight.ts), the window is empty from the first frame,
 *   whatever the zoom on the way.
 */
export function useFlowWindow(nodes: StackFlowNode[], edges: Edge[], flying: boolean) {
  const flowStore = useStoreApi();
  const wrapper = useRef<HTMLDivElement>(null);
  const [area, setArea] = useState<Rect>();
  const [stage, setStage] = useState<WindowStage>();
  const latest = useRef({ nodes, edges, area, stage, flying });
  useLayoutEffect(() => {
    latest.current = { nodes, edges, area, stage, flying };
  });
  useLayoutEffect(() => {
    if (!flying) return;
    latest.current.area = latest.current.stage = undefined;
    setArea(undefined);
    setStage(undefined);
  }, [flying]);

  const last = useRef<FlowWindow>(undefined);
  const windowed = useCallback((n: StackFlowNode[], e: Edge[], a: Rect | undefined) => (last.current = windowOf(n, e, a, last.current)), []);
  const whole = useMemo(() => windowed(nodes, edges, area), [windowed, nodes, edges, area]);
  const shown = useMemo(() => (stage && stage.count < whole.nodes.length ? stageOf(whole.nodes, whole.edges, stage) : whole), [whole, stage]);

  // One stage a frame: the next is asked for once the browser is about to draw the last one. Filled
  // in, the stage is dropped, so that a later, larger window is handed whole.
  useEffect(() => {
    if (!stage) return;
    if (stage.count >= whole.nodes.length) return setStage(undefined);
    const frame = requestAnimationFrame(() => setStage((s) => s && { ...s, count: s.count + STAGE_SIZE }));
    return () => cancelAnimationFrame(frame);
  }, [stage, whole]);

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
      const { nodes: n, edges: e, area: a, stage: s, flying: f } = latest.current;
      if (f || windowServes(a, viewport, state)) return;
      const next = windowAround(viewport, state);
      // Out of the overview, the window starts small around the view's centre; a window that moves
      // while it fills in goes on filling in.
      const centre = { x: (state.width / 2 - viewport.x) / viewport.zoom, y: (state.height / 2 - viewport.y) / viewport.zoom };
      const nextStage = !next ? undefined : !a ? { centre, count: STAGE_SIZE } : s && { ...s, centre };
      latest.current.area = next;
      latest.current.stage = nextStage;
      setArea(next);
      setStage(nextStage);
      const whole = windowed(n, e, next);
      const given = nextStage ? stageOf(whole.nodes, whole.edges, nextStage) : whole;
      state.setNodes(given.nodes);
      state.setEdges(given.edges);
    },
    [flowStore, windowed],
  );

  return { wrapper, initialViewport: initial?.viewport, fitView: initial?.fitView, onViewportChange, shown };
}
