import type Konva from 'konva';
import { memo, useSyncExternalStore } from 'react';
import { Line } from './konva';
import { shownTemplate, useEditor } from '../store/TemplateEditorStore';
import type { CanvasParts } from './CanvasParts';

const GUIDE_COLOUR = '#00a3c4';

/**
 * The person's guides across the page. Drag one along to move it; drag it off the page to remove it.
 * Elements snap to them while they move.
 */
export const UserGuideLines = memo(function UserGuideLines({ parts }: { parts: CanvasParts }) {
  const guides = useSyncExternalStore(parts.guides.subscribe, parts.guides.get);
  const page = useEditor(parts.store, (s) => shownTemplate(s).page);
  const zoom = useEditor(parts.store, (s) => s.viewport.zoom);
  const reach = 40 / zoom;
  const common = { name: 'guide', stroke: GUIDE_COLOUR, strokeWidth: 1 / zoom, hitStrokeWidth: 8 / zoom, dash: [4 / zoom, 4 / zoom], draggable: true, perfectDrawEnabled: false };

  const dropped = (axis: 'x' | 'y', index: number) => (e: Konva.KonvaEventObject<DragEvent>) => {
    const at = axis === 'x' ? e.target.x() : e.target.y();
    const size = axis === 'x' ? page.width : page.height;
    parts.guides.move(axis, index, at < -reach / 2 || at > size + reach / 2 ? undefined : at);
  };
  return (
    <>
      {guides.x.map((x, i) => (
        <Line
          key={`x${i}`}
          {...common}
          x={x}
          points={[0, -reach, 0, page.height + reach]}
          dragBoundFunc={function (this: Konva.Node, pos) {
            return { x: pos.x, y: this.absolutePosition().y };
          }}
          onDragEnd={dropped('x', i)}
        />
      ))}
      {guides.y.map((y, i) => (
        <Line
          key={`y${i}`}
          {...common}
          y={y}
          points={[-reach, 0, page.width + reach, 0]}
          dragBoundFunc={function (this: Konva.Node, pos) {
            return { x: this.absolutePosition().x, y: pos.y };
          }}
          onDragEnd={dropped('y', i)}
        />
      ))}
    </>
  );
});
