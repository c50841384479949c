import type { ElementType, TemplateElement } from '../../../shared/template/model';

export const TYPE_LABEL: Record<ElementType, string> = {
  text: 'Text',
  image: 'Image',
  signature: 'Signature',
  rect: 'Rectangle',
  ellipse: 'Ellipse',
  star: 'Star',
  polygon: 'Polygon',
  line: 'Line',
  qr: 'QR code',
};

/** What the Layers panel calls an element: its name, else what a text says, else its kind. */
export function elementLabel(element: TemplateElement): string {
  if (element.name?.trim()) return element.name.trim();
  if (element.type === 'text' && element.text.trim()) {
    const text = element.text.trim().replace(/\s+/g, ' ');
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  }
  return TYPE_LABEL[element.type];
}
