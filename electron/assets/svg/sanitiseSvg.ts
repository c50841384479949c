import { LaurelError } from '../../../shared/api/result';
import { parseXml, XmlSyntaxError, type XmlElement, type XmlNode } from './parseXml';

/**
 * Elements a static drawing is made of. Anything else goes with its content: script, foreignObject (HTML
 * inside SVG), animation (it can rewrite a link into `javascript:`), feImage (it loads from anywhere), and
 * editors' own metadata elements.
 */
const DRAWING = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'switch', 'title', 'desc',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'image', 'style',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting',
  'feSpotLight', 'feTile', 'feTurbulence',
]);

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
/** Pictures embedded in the file itself; an SVG inside an SVG would need sanitising again, so it is not one. */
const EMBEDDED_RASTER = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

/** Every `url(…)` points inside the document (`#id`); `@import` and script-like values are out. */
function isInternalCss(text: string): boolean {
  if (/@import|expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(text)) return false;
  for (const [, , target] of text.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) if (!target!.trim().startsWith('#')) return false;
  return true;
}

function isSafeLink(element: string, value: string): boolean {
  const target = value.trim();
  return target.startsWith('#') || (element === 'image' && EMBEDDED_RASTER.test(target));
}

export interface SanitisedSvg {
  svg: string;
  width: number;
  height: number;
  /** Something was removed: the file as stored differs from the file as given. */
  changed: boolean;
}

const UNIT_IN_PX: Record<string, number> = { '': 1, px: 1, pt: 4 / 3, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96 };

/** A width or height in CSS pixels; undefined for percentages and what cannot be read. */
function length(value: string | undefined): number | undefined {
  const m = /^\s*([\d.]+(?:e[+-]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*$/i.exec(value ?? '');
  if (!m) return undefined;
  const px = parseFloat(m[1]!) * UNIT_IN_PX[(m[2] ?? '').toLowerCase()]!;
  return Number.isFinite(px) && px > 0 ? px : undefined;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function serialise(node: XmlNode): string {
  if (node.type === 'text') return escapeText(node.text);
  const attributes = node.attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('');
  return node.children.length === 0 ? `<${node.name}${attributes}/>` : `<${node.name}${attributes}>${node.children.map(serialise).join('')}</${node.name}>`;
}

class Cleaner {
  changed = false;

  element(el: XmlElement): XmlElement | undefined {
    // A link is kept as a plain group: in a picture, it can only be a way out.
    const name = el.name === 'a' ? 'g' : el.name;
    if (!DRAWING.has(name)) {
      this.changed = true;
      return undefined;
    }
    if (name !== el.name) this.changed = true;
    const attributes = el.attributes.filter(([n, v]) => this.keepAttribute(name, n, v));
    if (name === 'image' && !attributes.some(([n]) => n === 'href' || n === 'xlink:href')) {
      this.changed = true;
      return undefined;
    }
    if (name === 'style') {
      const css = el.children.map((c) => (c.type === 'text' ? c.text : '')).join('');
      if (!isInternalCss(css)) {
        this.changed = true;
        return undefined;
      }
      return { ...el, name, attributes, children: [{ type: 'text', text: css }] };
    }
    const children: XmlNode[] = [];
    for (const child of el.children) {
      const kept = child.type === 'text' ? child : this.element(child);
      if (kept) children.push(kept);
    }
    return { type: 'element', name, attributes, children };
  }

  private keepAttribute(element: string, name: string, value: string): boolean {
    const keep = this.allowed(element, name, value);
    if (!keep) this.changed = true;
    return keep;
  }

  private allowed(element: string, name: string, value: string): boolean {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) return false; // event handlers: onload, onclick, onbegin…
    if (name === 'xmlns') return value === SVG_NS;
    if (name === 'xmlns:xlink') return value === XLINK_NS;
    if (name === 'href' || name === 'xlink:href') return isSafeLink(element, value);
    // Other namespaces (inkscape:, sodipodi:, xml:base…) carry editor data or change how links resolve.
    if (name.includes(':') && name !== 'xml:space' && name !== 'xml:lang') return false;
    if (/javascript:|data:text|vbscript:/i.test(value)) return false;
    if (/url\s*\(/i.test(value) || lower === 'style') return isInternalCss(value);
    return true;
  }
}

/**
 * Makes an SVG safe to store and draw (DESIGN §2 assets): no scripts, event handlers, foreignObject,
 * animation or reference to anything outside the file; editor metadata goes too. The root gets a
 * width and height (from its viewBox when it has none) so every renderer gives it the same natural size.
 * A file that is not well-formed XML, or whose root is not <svg>, is refused, as is one with a DOCTYPE.
 */
export function sanitiseSvg(text: string): SanitisedSvg {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new LaurelError('invalid-argument', `This SVG cannot be read: ${error.message}.`);
    throw error;
  }
  if (root.name !== 'svg') throw new LaurelError('invalid-argument', `This is XML but not an SVG image (its root element is <${root.name}>).`);
  const cleaner = new Cleaner();
  const clean = cleaner.element(root)!;
  const attribute = (n: string) => clean.attributes.find(([k]) => k === n)?.[1];
  const viewBox = (attribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const fromViewBox = viewBox.length === 4 && viewBox.every(Number.isFinite) && viewBox[2]! > 0 && viewBox[3]! > 0;
  let width = length(attribute('width'));
  let height = length(attribute('height'));
  if (width === undefined && height === undefined && fromViewBox) [width, height] = [viewBox[2]!, viewBox[3]!];
  else if (width === undefined && height !== undefined && fromViewBox) width = (height * viewBox[2]!) / viewBox[3]!;
  else if (height === undefined && width !== undefined && fromViewBox) height = (width * viewBox[3]!) / viewBox[2]!;
  if (width === undefined || height === undefined) {
    throw new LaurelError('invalid-argument', 'This SVG gives no size: it needs a width and height, or a viewBox.');
  }
  // Lengths in mm or pt become the same length in px: user units stay px, so the drawing does not move.
  clean.attributes = [
    ...clean.attributes.filter(([n]) => n !== 'width' && n !== 'height' && n !== 'xmlns'),
    ['xmlns', SVG_NS],
    ['width', String(Math.round(width * 1000) / 1000)],
    ['height', String(Math.round(height * 1000) / 1000)],
  ];
  const usesXlink = /\sxlink:href="/.test(serialise(clean));
  if (usesXlink && !clean.attributes.some(([n]) => n === 'xmlns:xlink')) clean.attributes.push(['xmlns:xlink', XLINK_NS]);
  return { svg: serialise(clean), width, height, changed: cleaner.changed };
}
