import { freshElementId } from '../../../shared/template/edit';
import { roundPt } from '../../../shared/template/geometry';
import type { ElementType, TemplateBody, TemplateElement } from '../../../shared/template/model';
import { toPage } from '../canvas/viewport';
import type { TemplateContext } from './context';

/** What a new text says until the person types (inserting a field replaces it). */
export const NEW_TEXT = 'New text';

/** The size and look of each kind of element when it is added, before the person changes anything. */
export function newElement(type: ElementType, id: string, at: { x: number; y: number }): TemplateElement {
  const box = (width: number, height: number) => ({ id, x: roundPt(at.x - width / 2), y: roundPt(at.y - height / 2), width, height });
  switch (type) {
    case 'text':
      return { ...box(320, 40), type, text: NEW_TEXT, fontFamily: 'Inter', fontSize: 24, fill: '#111111', align: 'center', verticalAlign: 'middle' };
    case 'rect':
      return { ...box(200, 120), type, fill: '#d9e2ef', stroke: '#1f3a5f', strokeWidth: 2, cornerRadius: 0 };
    case 'ellipse':
      return { ...box(160, 160), type, fill: '#d9e2ef', stroke: '#1f3a5f', strokeWidth: 2 };
    case 'star':
      return { ...box(160, 160), type, fill: '#f2c14e', points: 5, innerRatio: 0.5 };
    case 'polygon':
      return { ...box(160, 160), type, fill: '#d9e2ef', stroke: '#1f3a5f', strokeWidth: 2, sides: 6 };
    case 'line':
      return { ...box(240, 0), type, stroke: '#1f3a5f', strokeWidth: 2 };
    case 'qr':
      return { ...box(100, 100), type, text: '{{verification.url}}', fill: '#000000', background: '#ffffff' };
    case 'signature':
      return { ...box(200, 70), type, signer: 'Programme Director' };
    case 'image':
      return { ...box(200, 150), type, fit: 'contain' };
  }
}

/**
 * Where a new element goes: the page's centre when the whole page is in view, else the middle of what the
 * view shows of it; shifted a little for each element already there so new ones do not hide each other.
 */
export function placeForNew({ store, parts }: TemplateContext): { x: number; y: number } {
  const { page, elements } = store.document;
  const viewport = store.getState().viewport;
  const topLeft = toPage(viewport, { x: 0, y: 0 });
  const bottomRight = toPage(viewport, { x: parts.size.width, y: parts.size.height });
  const wholePage = parts.size.width === 0 || (topLeft.x <= 0 && topLeft.y <= 0 && bottomRight.x >= page.width && bottomRight.y >= page.height);
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
  const at = wholePage
    ? { x: page.width / 2, y: page.height / 2 }
    : { x: clamp((topLeft.x + bottomRight.x) / 2, page.width), y: clamp((topLeft.y + bottomRight.y) / 2, page.height) };
  const shift = (elements.length % 6) * 12;
  return { x: at.x + shift, y: at.y + shift };
}

const LABEL: Record<ElementType, string> = {
  text: 'Add text',
  image: 'Add image',
  signature: 'Add signature',
  rect: 'Add rectangle',
  ellipse: 'Add ellipse',
  star: 'Add star',
  polygon: 'Add polygon',
  line: 'Add line',
  qr: 'Add QR code',
};

/** Adds one element, selected, as one undoable step; returns its id. */
export function addElement(ctx: TemplateContext, type: ElementType, make: (id: string, at: { x: number; y: number }) => TemplateElement = (id, at) => newElement(type, id, at)): string {
  const { store } = ctx;
  const id = freshElementId(store.document, type);
  const element = make(id, placeForNew(ctx));
  store.run(LABEL[type], (t: TemplateBody) => ({ ...t, elements: [...t.elements, element] }), store.selecting([id], { ...store.document, elements: [...store.document.elements, element] }));
  return id;
}
