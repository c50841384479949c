import { useStore, useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';
import { drawPicture, fitBackingStore, kindColours, type Picture } from './pathwayPicture';

/**
 * The whole pathway as one canvas under React Flow's pane, while zoomed out too far to read a node
 * (levelOfDetail.ts). React Flow renders no node or edge meanwhile, so panning or zooming costs one
 * draw a frame. The pane above still takes every pointer event: PathwayCanvas hit-tests clicks.
 */
export function OverviewCanvas({ picture, flying }: { picture: Picture; flying: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flowStore = useStoreApi();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);

  // A layout effect: the first picture is drawn before the browser paints the canvas empty.
  useLayoutEffect(() => {
    const element = canvas.current!;
    const ctx = element.getContext('2d')!;
    const pixelRatio = fitBackingStore(element, { width, height });
    const colours = kindColours(element);

    let frame = 0;
    const draw = () => {
      frame = 0;
      // While "zoom to fit" flies in (overviewFlight.ts) only the nodes are drawn: building the edges' paths
      // each frame made a third of the flight's frames miss 25 ms. They are drawn once it lands.
      drawPicture(ctx, picture, flowStore.getState().transform, { width, height }, colours, { pixelRatio, edges: !flying });
    };
    draw();
    // At most one draw a frame, however many viewport changes the frame brings.
    const unsubscribe = flowStore.subscribe((s, previous) => {
      if (s.transform !== previous.transform && !frame) frame = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [flowStore, picture, width, height, flying]);

  return <canvas ref={canvas} className="pathway-overview" style={{ width, height }} role="img" aria-label={`Pathway overview: ${picture.nodes.length} nodes`} />;
}
