import type { NodeKind, Pathway } from './model';
import { KIND_LABEL, titleOf } from './names';

/** Colours of the kinds on the exported map (the same hues as the editor). */
export const KIND_COLOUR: Record<NodeKind, string> = {
  unit: '#3b82f6',
  assessment: '#8b5cf6',
  evidence: '#0ea5e9',
  skill: '#10b981',
  badge: '#f59e0b',
  certificate: '#ef4444',
  program: '#1f3a5f',
};

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * The pathway map as a standalone SVG document: nodes at their positions, edges as curves from each
 * node's right side to the next one's left. Drawn from the document, not the DOM, so it is the same
 * whatever part of the graph is on screen.
 */
export function pathwayMapSvg(pathway: Pathway, size = { width: 210, height: 92 }, margin = 40): string {
  const pos = new Map(pathway.nodes.map((n, i) => [n.id, n.position ?? { x: 0, y: i * (size.height + 20) }]));
  const xs = [...pos.values()].map((p) => p.x);
  const ys = [...pos.values()].map((p) => p.y);
  const minX = Math.min(0, ...xs) - margin;
  const minY = Math.min(0, ...ys) - margin;
  const width = Math.max(...xs, 0) + size.width + margin - minX;
  const height = Math.max(...ys, 0) + size.height + margin - minY;

  const edges = pathway.edges
    .filter((e) => pos.has(e.from) && pos.has(e.to))
    .map((e) => {
      const a = pos.get(e.from)!;
      const b = pos.get(e.to)!;
      const x1 = a.x + size.width;
      const y1 = a.y + size.height / 2;
      const x2 = b.x;
      const y2 = b.y + size.height / 2;
      const dx = Math.max(40, Math.abs(x2 - x1) / 2);
      return `<path d="M${x1} ${y1} C${x1 + dx} ${y1} ${x2 - dx} ${y2} ${x2} ${y2}" fill="none" stroke="#8a94a6" stroke-width="${e.required ? 3 : 1.5}"/>`;
    });
  const nodes = pathway.nodes.map((n) => {
    const p = pos.get(n.id)!;
    const colour = KIND_COLOUR[n.kind];
    return [
      `<g transform="translate(${p.x} ${p.y})">`,
      `<rect width="${size.width}" height="${size.height}" rx="8" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`,
      `<rect width="6" height="${size.height}" rx="3" fill="${colour}"/>`,
      `<text x="16" y="24" font-family="sans-serif" font-size="11" fill="${colour}">${escapeXml(KIND_LABEL[n.kind])}</text>`,
      `<text x="16" y="48" font-family="sans-serif" font-size="14" font-weight="600" fill="#1d2430">${escapeXml(clip(titleOf(n), 26))}</text>`,
      '</g>',
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="${minX} ${minY} ${Math.ceil(width)} ${Math.ceil(height)}">`,
    `<title>${escapeXml(pathway.name)}</title>`,
    `<rect x="${minX}" y="${minY}" width="100%" height="100%" fill="#f7f7f5"/>`,
    ...edges,
    ...nodes,
    '</svg>',
  ].join('\n');
}
