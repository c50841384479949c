import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../../electron/render/bundledFonts';
import type { BrandKitBody } from './brandKit';
import { fontKeyFor } from './fonts';
import { layoutTemplate, type LayoutOptions, type PathItem, type TextItem } from './layout';
import { QR_QUIET_MODULES } from './layout/qrPath';
import type { TemplateBody, TemplateElement } from './model';

const fonts = bundledFonts();
const template = (elements: TemplateElement[], extra: Partial<TemplateBody> = {}): TemplateBody => ({
  schemaVersion: 1,
  templateKind: 'certificate',
  page: { width: 842, height: 595, shape: 'rectangle', background: '#ffffff' },
  elements,
  ...extra,
});
const text = (id: string, value: string, extra: Partial<TemplateElement> = {}) =>
  ({ id, type: 'text', x: 10, y: 10, width: 800, height: 60, text: value, ...extra }) as TemplateElement;
const lay = (body: TemplateBody, options: Partial<LayoutOptions> = {}) => layoutTemplate(body, { fonts, ...options });
const textOf = (body: TemplateBody, id: string, options: Partial<LayoutOptions> = {}) =>
  lay(body, options).items.find((i): i is TextItem => i.kind === 'text' && i.elementId === id)!;
const said = (item: TextItem) => item.lines.map((l) => l.text).join('\n');

const KIT: BrandKitBody = {
  schemaVersion: 1,
  name: 'Test kit',
  colours: { primary: '#112233', background: '#fafafa' },
  fonts: { heading: 'Playfair Display', body: 'Inter' },
  logos: ['a'.repeat(64)],
};

describe('fields', () => {
  it('fills fields from the data, nested by path, and the rest from the samples', () => {
    const body = template([text('t', 'To {{recipient.name}}, for {{achievement.name}}')]);
    expect(said(textOf(body, 't', { data: { recipient: { name: 'Ada Lovelace' } } }))).toBe('To Ada Lovelace, for Data Analytics Professional Certificate');
  });

  it('prefers the template’s own samples, then the issuer’s name, to the standard samples', () => {
    const body = template([text('t', '{{issuer.name}} / {{recipient.name}}')], { sampleData: { 'recipient.name': 'Sam Sample' } });
    expect(said(textOf(body, 't', { issuer: { name: 'Contoso College' } }))).toBe('Contoso College / Sam Sample');
  });

  it('leaves a field nobody knows as written, so the designer sees it', () => {
    expect(said(textOf(template([text('t', 'Hello {{nickname}}')]), 't'))).toBe('Hello {{nickname}}');
  });
});

describe('brand kits', () => {
  const body = template([text('t', 'Heading', { fontFamily: 'brand:heading', fontWeight: 700, fill: 'brand:primary' })], { page: { width: 842, height: 595, background: 'brand:background' } });

  it('resolve colours and fonts through the template’s kit', () => {
    const layout = lay(body, { brandKit: KIT });
    const item = layout.items.find((i) => i.kind === 'text') as TextItem;
    expect(item.font).toBe(fontKeyFor('Playfair Display', 700));
    expect(item.colour).toEqual({ r: 0x11, g: 0x22, b: 0x33, a: 1 });
    expect((layout.items[0] as PathItem).fill).toEqual({ r: 0xfa, g: 0xfa, b: 0xfa, a: 1 });
  });

  it('restyle the template when the kit changes', () => {
    const changed = { ...KIT, colours: { ...KIT.colours, primary: '#aa0000' }, fonts: { heading: 'Great Vibes', body: 'Inter' } };
    const item = lay(body, { brandKit: changed }).items.find((i) => i.kind === 'text') as TextItem;
    expect(item.colour).toEqual({ r: 0xaa, g: 0, b: 0, a: 1 });
    expect(item.font).toBe(fontKeyFor('Great Vibes'));
  });

  it('fall back to a new kit’s look when the template has none, rather than paint nothing', () => {
    const item = lay(body).items.find((i) => i.kind === 'text') as TextItem;
    expect(item.font).toBe(fontKeyFor('Playfair Display', 700));
    expect(item.colour.a).toBe(1);
  });

  it('give images the kit’s logo and the issuer’s logo', () => {
    const logo = { id: 'l', type: 'image', x: 0, y: 0, width: 50, height: 50, asset: 'brand:logo' } as TemplateElement;
    const issuerLogo = { ...logo, id: 'i', asset: 'issuer:logo' } as TemplateElement;
    const layout = lay(template([logo, issuerLogo]), { brandKit: KIT, issuer: { logoAsset: 'b'.repeat(64) } });
    expect(layout.items.filter((i) => i.kind === 'image').map((i) => (i.kind === 'image' ? i.asset : ''))).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
  });
});

describe('the QR code', () => {
  const qr = { id: 'q', type: 'qr', x: 700, y: 440, width: 90, height: 90 } as TemplateElement;

  it('encodes {{verification.url}} by default, as one path of its dark modules', () => {
    const url = 'https://verify.example.org/c/42';
    const paths = lay(template([qr]), { data: { verification: { url } } }).items.filter((i): i is PathItem => i.kind === 'path' && i.elementId === 'q');
    expect(paths).toHaveLength(2); // the light background, then every dark module in one path
    const modules = paths[1]!.path;
    const reference = qrcode(0, 'M');
    reference.addData(url, 'Byte');
    reference.make();
    const count = reference.getModuleCount();
    const unit = 90 / (count + 2 * QR_QUIET_MODULES);
    // Paint the path's rectangles back onto a grid: it must be the reference code, module for module.
    const grid = Array.from({ length: count }, () => Array<boolean>(count).fill(false));
    for (let i = 0; i < modules.length; i += 5) {
      const [m, a, , c] = [modules[i]!, modules[i + 1]!, modules[i + 2]!, modules[i + 3]!];
      const row = Math.round(((m[2] as number) - unit * QR_QUIET_MODULES) / unit);
      const from = Math.round(((m[1] as number) - unit * QR_QUIET_MODULES) / unit);
      const to = Math.round(((a[1] as number) - unit * QR_QUIET_MODULES) / unit);
      expect(c[0]).toBe('L');
      for (let col = from; col < to; col++) grid[row]![col] = true;
    }
    for (let r = 0; r < count; r++) for (let c = 0; c < count; c++) expect(grid[r]![c], `module ${r},${c}`).toBe(reference.isDark(r, c));
  });

  it('encodes any text with fields', () => {
    const custom = { ...qr, text: 'ID {{credential.id}}' } as TemplateElement;
    const a = lay(template([custom]), { data: { credential: { id: 'one' } } });
    const b = lay(template([custom]), { data: { credential: { id: 'two' } } });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });
});

describe('the draw list', () => {
  it('is the same every time for the same input', () => {
    const body = template([text('t', '{{recipient.name}} earned it', { shrinkToFit: true, align: 'center' }), { id: 'q', type: 'qr', x: 0, y: 0, width: 80, height: 80 } as TemplateElement]);
    expect(JSON.stringify(lay(body))).toBe(JSON.stringify(lay(body)));
  });

  it('leaves hidden elements out, and turns an element about its top-left corner', () => {
    const layout = lay(template([text('hidden', 'x', { hidden: true }), text('turned', 'y', { x: 100, y: 50, rotation: 90 })]));
    expect(layout.items.some((i) => i.elementId === 'hidden')).toBe(false);
    const turned = layout.items.find((i) => i.elementId === 'turned')!;
    expect(turned.transform.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0, 1, -1, 0, 100, 50]);
  });

  it('clips a circle or shield page to its outline; a rectangle needs no clip', () => {
    expect(lay(template([])).clip).toBeUndefined();
    expect(lay(template([], { page: { width: 600, height: 600, shape: 'circle' } })).clip).toBeDefined();
    expect(lay(template([], { page: { width: 600, height: 600, shape: 'shield' } })).clip).toBeDefined();
  });

  it('fits images: contain shows all of it, cover fills the box', () => {
    const sha = 'c'.repeat(64);
    const image = (fit: 'contain' | 'cover') => ({ id: fit, type: 'image', x: 0, y: 0, width: 200, height: 100, asset: sha, fit }) as TemplateElement;
    const layout = lay(template([image('contain'), image('cover')]), { imageSizes: new Map([[sha, { width: 100, height: 100 }]]) });
    const [contain, cover] = layout.items.filter((i) => i.kind === 'image').map((i) => (i.kind === 'image' ? i.place : undefined));
    expect(contain).toEqual({ x: 50, y: 0, width: 100, height: 100 });
    expect(cover).toEqual({ x: 0, y: -50, width: 200, height: 200 });
  });
});
