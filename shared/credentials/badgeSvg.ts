import { fillFields, sampleValues, type MergeData } from '../template/mergeFields';
import { resolveColour, resolveFont, type BrandKitBody } from '../template/brandKit';
import type { TemplateBody, TemplateElement } from '../template/model';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
let kit: BrandKitBody | undefined;
const colour = (value: string | undefined, fallback: string) => escapeXml(value && value !== 'transparent' ? resolveColour(value, kit, fallback) : fallback);

function regularPolygon(cx: number, cy: number, rx: number, ry: number, corners: number, inner?: number): string {
  const points: string[] = [];
  const steps = inner === undefined ? corners : corners * 2;
  for (let i = 0; i < steps; i++) {
    const scale = inner !== undefined && i % 2 === 1 ? inner : 1;
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / steps;
    points.push(`${(cx + rx * scale * Math.cos(angle)).toFixed(2)},${(cy + ry * scale * Math.sin(angle)).toFixed(2)}`);
  }
  return points.join(' ');
}

/** Lines of a text box, wrapped by an estimate of glyph width (0.55 em): enough for a badge image. */
function wrapLines(text: string, width: number, fontSize: number, wrap: boolean): string[] {
  const perLine = Math.max(1, Math.floor(width / (fontSize * 0.55)));
  return text.split('\n').flatMap((paragraph) => {
    if (!wrap) return [paragraph];
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (line && `${line} ${word}`.length > perLine) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
  });
}

function elementSvg(element: TemplateElement, data: MergeData | undefined, samples: Record<string, string>): string {
  if (element.hidden) return '';
  const { x, y, width: w, height: h } = element;
  const opacity = element.opacity !== undefined && element.opacity < 1 ? ` opacity="${element.opacity}"` : '';
  const rotate = element.rotation ? ` transform="rotate(${element.rotation} ${x} ${y})"` : '';
  const attrs = `${opacity}${rotate}`;
  switch (element.type) {
    case 'rect':
    case 'ellipse':
    case 'star':
    case 'polygon': {
      const paint = `fill="${colour(element.fill, 'none')}" stroke="${colour(element.stroke, 'none')}" stroke-width="${element.strokeWidth ?? 0}"`;
      if (element.type === 'rect') return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${element.cornerRadius ?? 0}" ${paint}${attrs}/>`;
      if (element.type === 'ellipse') return `<ellipse cx="${x + w / 2}" cy="${y + h / 2}" rx="${w / 2}" ry="${h / 2}" ${paint}${attrs}/>`;
      const points =
        element.type === 'star'
          ? regularPolygon(x + w / 2, y + h / 2, w / 2, h / 2, element.points ?? 5, element.innerRatio ?? 0.5)
          : regularPolygon(x + w / 2, y + h / 2, w / 2, h / 2, element.sides ?? 6);
      return `<polygon points="${points}" ${paint}${attrs}/>`;
    }
    case 'line':
      return `<line x1="${x}" y1="${y}" x2="${x + w}" y2="${y + h}" stroke="${colour(element.stroke, '#000')}" stroke-width="${element.strokeWidth ?? 1}"${attrs}/>`;
    case 'text': {
      const size = element.fontSize ?? 24;
      const lines = wrapLines(fillFields(element.text, data, samples), w, size, element.wrap ?? true);
      const lineHeight = size * (element.lineHeight ?? 1.2);
      const anchor = element.align === 'center' ? 'middle' : element.align === 'right' ? 'end' : 'start';
      const tx = element.align === 'center' ? x + w / 2 : element.align === 'right' ? x + w : x;
      const block = lines.length * lineHeight;
      const top = element.verticalAlign === 'bottom' ? y + h - block : element.verticalAlign === 'top' ? y : y + (h - block) / 2;
      const font = `font-family="${escapeXml(resolveFont(element.fontFamily, kit, 'sans-serif'))}, sans-serif" font-size="${size}" font-weight="${element.fontWeight ?? 400}"${element.italic ? ' font-style="italic"' : ''}`;
      const spans = lines.map((line, i) => `<tspan x="${tx}" y="${(top + (i + 0.8) * lineHeight).toFixed(2)}">${escapeXml(line)}</tspan>`).join('');
      return `<text text-anchor="${anchor}" fill="${colour(element.fill, '#000')}" ${font}${attrs}>${spans}</text>`;
    }
    case 'image':
    case 'signature':
    case 'qr':
      // Images and QR codes need the template renderer; the badge image leaves them out.
      return '';
  }
}

/**
 * A badge or certificate template as a standalone SVG, its merge fields filled from `data` (else the
 * template's samples): the Achievement's image and the picture a specimen is baked into. It draws shapes
 * and text only (no embedded images or QR codes) and wraps text by estimate; the full template renderer,
 * with real font metrics, is the editor's. `brandKit` resolves `brand:` colours and fonts.
 */
export function templateSvg(template: TemplateBody, data?: MergeData, brandKit?: BrandKitBody): string {
  kit = brandKit;
  const { width, height, shape, background } = template.page;
  const samples = sampleValues(template.sampleData ?? {});
  const clip =
    shape === 'circle'
      ? `<clipPath id="page"><ellipse cx="${width / 2}" cy="${height / 2}" rx="${width / 2}" ry="${height / 2}"/></clipPath>`
      : shape === 'shield'
        ? `<clipPath id="page"><path d="M0 0H${width}V${height * 0.55}C${width} ${height * 0.8} ${width / 2} ${height} ${width / 2} ${height}C${width / 2} ${height} 0 ${height * 0.8} 0 ${height * 0.55}Z"/></clipPath>`
        : '';
  const body = template.elements.map((e) => elementSvg(e, data, samples)).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    clip ? `<defs>${clip}</defs><g clip-path="url(#page)">` : '<g>',
    `<rect width="${width}" height="${height}" fill="${colour(background, 'none')}"/>`,
    body,
    '</g></svg>',
  ].join('');
}
