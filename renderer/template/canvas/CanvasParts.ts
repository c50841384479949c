import type Konva from 'konva';
import { Line } from 'konva/lib/shapes/Line';
import type { TemplateEditorStore } from '../store/TemplateEditorStore';
import { NodeRegistry } from './nodeRegistry';
import type { Snap } from './snapping';
import type { UserGuides } from './userGuides';
import { fitViewport, zoomAbout } from './viewport';

const GUIDE_COLOUR = '#e0338a';

/**
 * What the canvas's gestures share for one editor: the store, the element nodes, the layers (filled in
 * when the stage mounts) and the view's size. Commands (zoom, fit) and the test API reach the view through it.
 */
export class CanvasParts {
  readonly nodes = new NodeRegistry();
  stage: Konva.Stage | null = null;
  elementsLayer: Konva.Layer | null = null;
  /** Where moving nodes go during a gesture. */
  dragLayer: Konva.Layer | null = null;
  /** Handles, guides and the selection rectangle (the same layer as the drag layer: one canvas redrawn per frame). */
  overlay: Konva.Layer | null = null;
  snapGroup: Konva.Group | null = null;
  size = { width: 0, height: 0 };
  /** Set by a gesture in progress (drag, transform, box select, pan): commands wait for it to end. */
  busy = false;
  /** Where the caret was when in-place text editing last ended, so "Insert field" can put a field there. */
  textCaret?: { id: string; start: number; end: number; text: string };

  constructor(
    readonly store: TemplateEditorStore,
    readonly guides: UserGuides,
  ) {}

  fit(): void {
    if (this.size.width > 0) this.store.setViewport(fitViewport(this.store.shown.page, this.size));
  }

  zoomBy(factor: number): void {
    this.store.setViewport(zoomAbout(this.store.getState().viewport, factor, { x: this.size.width / 2, y: this.size.height / 2 }));
  }

  /** Draws the guide lines of a snap across the page (or clears them with undefined). */
  showSnap(snap: Pick<Snap, 'vertical' | 'horizontal'> | undefined): void {
    const group = this.snapGroup;
    if (!group) return;
    group.destroyChildren();
    if (snap && (snap.vertical.length || snap.horizontal.length)) {
      const { width, height } = this.store.shown.page;
      const zoom = this.store.getState().viewport.zoom;
      const reach = 40 / zoom;
      const common = { stroke: GUIDE_COLOUR, strokeWidth: 1 / zoom, listening: false, perfectDrawEnabled: false };
      for (const x of snap.vertical) group.add(new Line({ ...common, points: [x, -reach, x, height + reach] }));
      for (const y of snap.horizontal) group.add(new Line({ ...common, points: [-reach, y, width + reach, y] }));
    }
    group.getLayer()?.batchDraw();
  }

  /** Where an element is on the screen (client pixels), for the inline editor and tests. */
  clientRectOf(id: string): DOMRect | undefined {
    const node = this.nodes.get(id);
    const stage = this.stage;
    if (!node || !stage) return undefined;
    const r = node.getClientRect({ skipStroke: true });
    const box = stage.container().getBoundingClientRect();
    return new DOMRect(box.left + r.x, box.top + r.y, r.width, r.height);
  }
}
