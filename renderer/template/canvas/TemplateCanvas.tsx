import type Konva from 'konva';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Group, Layer, Stage } from './konva';
import { shownTemplate, useEditor, type TemplateEditorStore } from '../store/TemplateEditorStore';
import type { CanvasParts } from './CanvasParts';
import { CanvasTextMirror } from './CanvasTextMirror';
import { isLoaded, loadedFontCount, loadFontKey, whenFontsChange } from './bundledFonts';
import { ElementNode } from './ElementNode';
import { fontKeyOf } from './elementPainter';
import { lookOf } from './look';
import { InlineTextEditor } from './InlineTextEditor';
import type { NodeRegistry } from './nodeRegistry';
import { PageNode } from './PageNode';
import { SelectionTransformer } from './SelectionTransformer';
import { selectionGestures } from './selectionGestures';
import { usePanZoom } from './usePanZoom';
import { UserGuideLines } from './UserGuideLines';

/**
 * Konva as a view of the template (DESIGN §4), in two layers (each a canvas the browser composites every
 * frame): the scene (the page, which does not listen, and the elements) and the interaction layer (handles,
 * guides, the selection rectangle, and what a drag or a transform is moving). A gesture lifts the moving
 * nodes onto the interaction layer, so a frame redraws them and the handles, not the 2,000 others.
 * Gestures become commands on the store.
 */
export function TemplateCanvas({ parts }: { parts: CanvasParts }) {
  const { store } = parts;
  const container = useRef<HTMLDivElement>(null);
  const viewport = useEditor(store, (s) => s.viewport);
  // No stage until the view is measured and the page fitted into it: Konva draws every layer when a stage
  // gets a layer and again when a stage is resized, so a stage made at 0×0 and then sized and zoomed would
  // draw a big template three times before the first frame.
  const [size, setSize] = useState<{ width: number; height: number }>();
  // The elements join the layer once it is on the stage. Konva draws a layer the moment a stage gets it,
  // and adding children to a layer asks for a draw at the next frame as well: elements mounted with their
  // layer were drawn twice on opening (33 ms more for 500 elements). Mounted after, they are drawn once.
  const [layerOnStage, setLayerOnStage] = useState(false);
  useLayoutEffect(() => {
    if (size) setLayerOnStage(true);
  }, [size]);
  const gestures = useMemo(() => selectionGestures(parts), [parts]);
  usePanZoom(parts, container);

  // The stage fills the canvas area, and follows it when the window is resized.
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const measure = () => {
      if (parts.size.width === el.clientWidth && parts.size.height === el.clientHeight) return;
      parts.size = { width: el.clientWidth, height: el.clientHeight };
      setSize(parts.size);
    };
    parts.size = { width: el.clientWidth, height: el.clientHeight };
    parts.fit();
    setSize(parts.size);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [parts]);

  return (
    <div ref={container} className="template-canvas">
      {size && (
        <Stage
          ref={(stage: Konva.Stage | null) => void (parts.stage = stage)}
          width={size.width}
          height={size.height}
          x={viewport.x}
          y={viewport.y}
          scaleX={viewport.zoom}
          scaleY={viewport.zoom}
          onMouseDown={gestures.onMouseDown}
          onClick={gestures.onClick}
          onDblClick={gestures.onDblClick}
          onDragStart={gestures.onDragStart}
          onDragMove={gestures.onDragMove}
          onDragEnd={gestures.onDragEnd}
        >
          <Layer ref={(layer: Konva.Layer | null) => void (parts.elementsLayer = layer)}>
            <PageNode store={store} />
            {layerOnStage && <ElementList store={store} nodes={parts.nodes} />}
          </Layer>
          <Layer ref={(layer: Konva.Layer | null) => void (parts.dragLayer = parts.overlay = layer)}>
            <UserGuideLines parts={parts} />
            <Group ref={(group: Konva.Group | null) => void (parts.snapGroup = group)} listening={false} />
            <SelectionTransformer parts={parts} />
          </Layer>
        </Stage>
      )}
      <InlineTextEditor parts={parts} />
      <CanvasTextMirror store={store} />
    </div>
  );
}

/**
 * The elements, back to front. The list holds the subscriptions and hands each element what it draws
 * with; an element re-renders only when that changes (ElementNode is memoised).
 */
const ElementList = memo(function ElementList({ store, nodes }: { store: TemplateEditorStore; nodes: NodeRegistry }) {
  const elements = useEditor(store, (s) => shownTemplate(s).elements);
  const look = useEditor(store, lookOf);
  const editingText = useEditor(store, (s) => s.editingText);
  const readOnly = useEditor(store, (s) => s.preview !== undefined);
  useSyncExternalStore(whenFontsChange, loadedFontCount); // a font that arrives redraws the texts that wait for it
  const fontKeys = elements.map((e) => fontKeyOf(e, look));
  useEffect(() => {
    for (const key of new Set(fontKeys)) if (key && !isLoaded(key)) void loadFontKey(key);
  });
  return elements.map((e, i) => (
    <ElementNode key={e.id} element={e} look={look} editing={editingText === e.id} readOnly={readOnly} fontReady={!fontKeys[i] || isLoaded(fontKeys[i])} nodes={nodes} />
  ));
});
