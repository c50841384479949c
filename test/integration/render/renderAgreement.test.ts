import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFromGallery, listGallery } from '../../../electron/gallery/gallery';
import { PreparedTemplate } from '../../../electron/render/preparedTemplate';
import { pixelSize } from '../../../electron/render/renderPng';
import { createExampleWorkspace, EXAMPLE_IDS } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';
import type { PathItem, TextItem } from '../../../shared/template/layout';
import { meanAbsoluteDifference, pageContentTokens, pdfFonts, pdfText, rasterisePdf } from '../../helpers/pdfTools';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';

/**
 * DESIGN §4: exports come from one layout, drawn by a canvas renderer (PNG) and a PDF writer. Every gallery
 * design and both example designs are drawn both ways here, the PDF is rasterised by poppler at the PNG's
 * size, and the two must agree: pixels (mean absolute difference ≤ 2%) and line breaks (each of the
 * layout's lines is one line of the PDF's text).
 */
const DPI = 96;
const DATA = { recipient: { name: 'Zoë Ångström-Fairweather' }, verification: { url: 'https://verify.northwind.example.edu/c/test-42' } };
const PAINT_OPERATORS = new Set(['f', 'f*', 'F', 'S', 's', 'B', 'B*', 'b', 'b*']);

let workspace: Workspace;
const templates: { id: string; name: string }[] = [];

beforeAll(() => {
  workspace = createExampleWorkspace(Workspace, path.join(makeTempDir('laurel-render-'), 'render.laurel'));
  templates.push({ id: EXAMPLE_IDS.certificateTemplate, name: 'example certificate' }, { id: EXAMPLE_IDS.badgeTemplate, name: 'example badge' });
  for (const entry of listGallery()) templates.push({ id: createFromGallery(workspace, entry.id).id, name: `gallery ${entry.id}` });
});
afterAll(() => {
  workspace.close();
  removeTempDirs();
});

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the gallery', () => {
  it('has at least four certificates and three badges', () => {
    const kinds = listGallery().map((e) => e.templateKind);
    expect(kinds.filter((k) => k === 'certificate').length).toBeGreaterThanOrEqual(4);
    expect(kinds.filter((k) => k === 'badge').length).toBeGreaterThanOrEqual(3);
  });
});

describe.each([
  ...['example certificate', 'example badge'],
  ...listGallery().map((e) => `gallery ${e.id}`),
])('%s, drawn as PNG and as PDF', (name) => {
  let template: PreparedTemplate;
  let pdf: Uint8Array;
  beforeAll(async () => {
    template = await PreparedTemplate.prepare(workspace, templates.find((t) => t.name === name)!.id);
    pdf = (await template.render('pdf', { data: DATA })).bytes;
  });

  it('looks the same: the PDF rasterised at the PNG’s size differs by at most 2% on average', async () => {
    const png = PNG.sync.read((await template.render('png', { data: DATA, dpi: DPI })).bytes);
    const layout = template.layout(DATA);
    expect([png.width, png.height]).toEqual([pixelSize(layout.width, DPI), pixelSize(layout.height, DPI)]);
    const raster = rasterisePdf(pdf, DPI, png.width, png.height);
    const difference = meanAbsoluteDifference(png, raster);
    expect(difference).toBeLessThanOrEqual(0.02);
  });

  it('breaks every line where the layout does, with the text as real text', () => {
    const lines = pdfText(pdf).split('\n').map(squash).filter((l) => l !== '');
    const texts = template.layout(DATA).items.filter((i): i is TextItem => i.kind === 'text');
    for (const item of texts) {
      for (const line of item.lines) {
        if (squash(line.text) === '') continue;
        expect(lines.some((l) => l.includes(squash(line.text))), `“${line.text}” of ${item.elementId} is one line of the PDF's text`).toBe(true);
      }
    }
  });

  it('names the recipient in its text when the design shows the name', () => {
    const shows = template.body.elements.some((e) => e.type === 'text' && e.text.includes('{{recipient.name}}'));
    expect(pdfText(pdf, false).includes(DATA.recipient.name)).toBe(shows);
  });

  it('embeds a subset of each font it uses, with a Unicode map', () => {
    const used = new Set(template.layout(DATA).items.flatMap((i) => (i.kind === 'text' && i.lines.some((l) => l.text !== '') ? [i.font] : [])));
    const fonts = pdfFonts(pdf);
    expect(fonts).toHaveLength(used.size);
    for (const font of fonts) expect(font, font.name).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
  });

  it('paints each path once: a QR code is one path of all its modules, filled by one operator', async () => {
    const tokens = await pageContentTokens(pdf);
    const paths = template.layout(DATA).items.filter((i): i is PathItem => i.kind === 'path' && (i.fill !== undefined || (i.stroke !== undefined && i.strokeWidth > 0)));
    expect(tokens.filter((t) => PAINT_OPERATORS.has(t))).toHaveLength(paths.length);
    const qrPaths = template.body.elements.filter((e) => e.type === 'qr').length;
    if (qrPaths === 0) return;
    // The modules are upright rectangles: `x y w h re`, then one `f` for all of them.
    const runs: number[] = [];
    let run = 0;
    for (const t of tokens) {
      if (t === 're') run++;
      else if (t === 'f') {
        runs.push(run);
        run = 0;
      } else if (!/^-?[\d.]+$/.test(t)) run = 0; // any other operator ends the run
    }
    expect(runs.filter((n) => n > 100)).toHaveLength(qrPaths);
  });
});
