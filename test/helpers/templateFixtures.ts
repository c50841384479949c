import type { TemplateBody, TemplateElement } from '../../shared/template/model';
import { seededRandom } from './pathwayFixtures';

/**
 * A deterministic template of `count` elements for benchmarks: a grid of cells on a page sized to hold
 * them, each cell an element in the mix a busy certificate has (mostly shapes and short texts, some
 * lines, stars and polygons, a few QR codes), with brand-free colours so it draws without a kit.
 */
export function generateTemplate(count: number, seed = 7): TemplateBody {
  const random = seededRandom(seed);
  const columns = Math.ceil(Math.sqrt(count * 1.5));
  const cell = { width: 48, height: 40 };
  const rows = Math.ceil(count / columns);
  const palette = ['#1f3a5f', '#f2c14e', '#2a9d8f', '#e76f51', '#8d99ae'];
  const elements: TemplateElement[] = [];
  for (let i = 0; i < count; i++) {
    const x = 20 + (i % columns) * cell.width;
    const y = 20 + Math.floor(i / columns) * cell.height;
    const base = { id: `el-${i}`, x, y, width: cell.width - 8, height: cell.height - 10 };
    const fill = palette[Math.floor(random() * palette.length)]!;
    const pick = random();
    if (pick < 0.35) elements.push({ ...base, type: 'rect', fill, cornerRadius: pick < 0.15 ? 4 : undefined });
    else if (pick < 0.6) elements.push({ ...base, type: 'text', text: `Item ${i}`, fontFamily: 'Inter', fontSize: 9, fill: '#111111', align: 'center', verticalAlign: 'middle' });
    else if (pick < 0.75) elements.push({ ...base, type: 'ellipse', fill, stroke: '#111111', strokeWidth: 1 });
    else if (pick < 0.85) elements.push({ ...base, type: 'line', height: 0, y: y + 15, stroke: fill, strokeWidth: 2, dash: pick < 0.8 ? [4, 2] : undefined });
    else if (pick < 0.92) elements.push({ ...base, type: 'star', fill, points: 5 });
    else if (pick < 0.99) elements.push({ ...base, type: 'polygon', fill, sides: 6 });
    else elements.push({ ...base, type: 'qr', width: 30, height: 30, text: `https://verify.example.org/c/${i}` });
  }
  return {
    schemaVersion: 1,
    templateKind: 'certificate',
    page: { width: columns * cell.width + 40, height: rows * cell.height + 40, shape: 'rectangle', background: '#ffffff' },
    elements,
  };
}
