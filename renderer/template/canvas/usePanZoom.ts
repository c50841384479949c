import { useEffect, type RefObject } from 'react';
import { isTyping } from '../../editing/commands';
import type { CanvasParts } from './CanvasParts';
import { zoomAbout } from './viewport';

/** How much one pixel of wheel travel zooms with Ctrl held (a notch of ~100 px is about ×1.2). */
const WHEEL_ZOOM = 0.002;

/**
 * Zoom with Ctrl+wheel (about the pointer), scroll with the wheel, pan by dragging with the middle button
 * or with Space held. A pan moves the stage directly and writes the viewport to the store when it ends.
 */
export function usePanZoom(parts: CanvasParts, container: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const { store } = parts;
    let space = false;
    let pan: { x: number; y: number; vx: number; vy: number } | undefined;

    const keydown = (e: KeyboardEvent) => {
      // Only over the canvas: elsewhere Space presses the focused button.
      if (e.code !== 'Space' || isTyping(e) || store.getState().editingText || !(el.matches(':hover') || el.contains(document.activeElement))) return;
      e.preventDefault();
      if (!space) {
        space = true;
        el.classList.add('pan-ready');
      }
    };
    const keyup = (e: KeyboardEvent) => {
      if (e.code !== 'Space') return;
      space = false;
      el.classList.remove('pan-ready');
    };
    const down = (e: PointerEvent) => {
      if (!(e.button === 1 || (e.button === 0 && space))) return;
      // Cancelling the pointerdown also stops the mouse events Konva would turn into a drag or a selection.
      e.preventDefault();
      e.stopPropagation();
      const v = store.getState().viewport;
      pan = { x: e.clientX, y: e.clientY, vx: v.x, vy: v.y };
      el.setPointerCapture(e.pointerId);
      el.classList.add('panning');
      parts.busy = true;
    };
    const move = (e: PointerEvent) => {
      if (!pan || !parts.stage) return;
      e.stopPropagation();
      parts.stage.position({ x: pan.vx + e.clientX - pan.x, y: pan.vy + e.clientY - pan.y });
      parts.stage.batchDraw();
    };
    const up = (e: PointerEvent) => {
      if (!pan) return;
      e.stopPropagation();
      pan = undefined;
      el.classList.remove('panning');
      parts.busy = false;
      const position = parts.stage?.position();
      if (position) store.setViewport({ ...store.getState().viewport, ...position });
    };
    const noAutoscroll = (e: MouseEvent) => e.button === 1 && e.preventDefault();
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const v = store.getState().viewport;
      if (e.ctrlKey || e.metaKey) {
        const box = el.getBoundingClientRect();
        store.setViewport(zoomAbout(v, Math.exp(-e.deltaY * WHEEL_ZOOM), { x: e.clientX - box.left, y: e.clientY - box.top }));
      } else {
        const [dx, dy] = e.shiftKey && e.deltaX === 0 ? [e.deltaY, 0] : [e.deltaX, e.deltaY];
        store.setViewport({ ...v, x: v.x - dx, y: v.y - dy });
      }
    };

    el.addEventListener('pointerdown', down, { capture: true });
    el.addEventListener('pointermove', move, { capture: true });
    el.addEventListener('pointerup', up, { capture: true });
    el.addEventListener('mousedown', noAutoscroll, { capture: true });
    el.addEventListener('wheel', wheel, { passive: false });
    window.addEventListener('keydown', keydown);
    window.addEventListener('keyup', keyup);
    return () => {
      el.removeEventListener('pointerdown', down, { capture: true });
      el.removeEventListener('pointermove', move, { capture: true });
      el.removeEventListener('pointerup', up, { capture: true });
      el.removeEventListener('mousedown', noAutoscroll, { capture: true });
      el.removeEventListener('wheel', wheel);
      window.removeEventListener('keydown', keydown);
      window.removeEventListener('keyup', keyup);
    };
  }, [parts, container]);
}
