import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/api/handlers';
import { dispatch } from '../../../electron/api/dispatch';
import { PreparedTemplate } from '../../../electron/render/preparedTemplate';
import { createExampleWorkspace, EXAMPLE_IDS } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';
import type { GalleryItem } from '../../../shared/api/contract';
import type { DesignSummary } from '../../../shared/documents';
import type { TextItem } from '../../../shared/template/layout';
import type { TemplateBody } from '../../../shared/template/model';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';

let workspace: Workspace;
const handlers = () => createHandlers(() => workspace);
const call = async <T>(method: string, args: unknown): Promise<T> => {
  const result = await dispatch(handlers(), method, JSON.stringify(args));
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
};
const snapshot = () => JSON.stringify(['documents', 'revisions', 'assets'].map((t) => workspace.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));

beforeAll(() => {
  workspace = createExampleWorkspace(Workspace, path.join(makeTempDir('laurel-gallery-'), 'gallery.laurel'));
});
afterAll(() => {
  workspace.close();
  removeTempDirs();
});

describe('the gallery through the API', () => {
  it('lists each design with a PNG preview', async () => {
    const items = await call<GalleryItem[]>('listGallery', {});
    expect(items.length).toBeGreaterThanOrEqual(7);
    for (const item of items) {
      const png = PNG.sync.read(Buffer.from(item.previewBase64, 'base64'));
      expect(png.width, item.id).toBe(320);
    }
  });

  it('creates a template from a design, with its pictures stored in the workspace', async () => {
    const summary = await call<DesignSummary>('createFromGallery', { galleryId: 'classic-certificate', name: 'Graduation 2026' });
    expect(summary).toMatchObject({ kind: 'template', name: 'Graduation 2026', revision: 1 });
    const body = workspace.get(summary.id).body as unknown as TemplateBody;
    const assets = body.elements.flatMap((e) => (e.type === 'image' || e.type === 'signature') && e.asset ? [e.asset] : []);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).toMatch(/^[0-9a-f]{64}$/);
      expect(workspace.getAsset(asset)?.mediaType).toBe('image/svg+xml');
    }
  });

  it('refuses an unknown design and writes nothing', async () => {
    const before = snapshot();
    expect(await dispatch(handlers(), 'createFromGallery', JSON.stringify({ galleryId: 'no-such-design' }))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(snapshot()).toBe(before);
  });
});

describe('the example designs', () => {
  it('the certificate shows the recipient, the achievement, the date, the issuer’s name and logo, a signature and a verification QR code', () => {
    const body = workspace.get(EXAMPLE_IDS.certificateTemplate).body as unknown as TemplateBody;
    const texts = body.elements.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join('\n');
    for (const field of ['{{recipient.name}}', '{{achievement.name}}', '{{issuedOn}}', '{{issuer.name}}']) expect(texts).toContain(field);
    expect(body.elements).toContainEqual(expect.objectContaining({ type: 'image', asset: 'issuer:logo' }));
    const signature = body.elements.find((e) => e.type === 'signature');
    expect(signature && signature.type === 'signature' && workspace.getAsset(signature.asset!)).toBeTruthy();
    expect(body.elements).toContainEqual(expect.objectContaining({ type: 'qr', text: '{{verification.url}}' }));
    expect(body.brandKitId).toBe(EXAMPLE_IDS.brandKit);
  });

  it('restyle when their brand kit changes', async () => {
    const heading = async () => {
      const template = await PreparedTemplate.prepare(workspace, EXAMPLE_IDS.certificateTemplate);
      return template.layout().items.find((i): i is TextItem => i.kind === 'text' && i.elementId === 'heading')!;
    };
    const before = await heading();
    const kit = workspace.get(EXAMPLE_IDS.brandKit).body as unknown as { colours: Record<string, string>; fonts: Record<string, string> };
    workspace.save(EXAMPLE_IDS.brandKit, { ...kit, schemaVersion: 1, colours: { ...kit.colours, primary: '#7a1f2b' }, fonts: { heading: 'Inter', body: 'Inter' } });
    const after = await heading();
    expect(before.colour).toEqual({ r: 0x1f, g: 0x3a, b: 0x5f, a: 1 });
    expect(after.colour).toEqual({ r: 0x7a, g: 0x1f, b: 0x2b, a: 1 });
    expect([before.font, after.font]).toEqual(['PlayfairDisplay-Bold.ttf', 'Inter-Bold.ttf']);
  });
});

describe('renderTemplate through the API', () => {
  it('answers a PNG at the DPI asked for, or a PDF, with a file name', async () => {
    const png = await call<{ fileName: string; mediaType: string; dataBase64: string }>('renderTemplate', { id: EXAMPLE_IDS.badgeTemplate, dpi: 36 });
    expect(png).toMatchObject({ fileName: 'data-analytics-badge.png', mediaType: 'image/png' });
    expect(PNG.sync.read(Buffer.from(png.dataBase64, 'base64')).width).toBe(300);
    const pdf = await call<{ fileName: string; mediaType: string; dataBase64: string }>('renderTemplate', {
      id: EXAMPLE_IDS.certificateTemplate,
      format: 'pdf',
      data: { recipient: { name: 'Ada Lovelace' } },
    });
    expect(pdf).toMatchObject({ fileName: 'data-analytics-certificate.pdf', mediaType: 'application/pdf' });
    expect(Buffer.from(pdf.dataBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives the same bytes for the same input: no dates, no random names', async () => {
    const render = async () => (await PreparedTemplate.prepare(workspace, EXAMPLE_IDS.certificateTemplate)).render('pdf', { data: { recipient: { name: 'Ada' } } });
    expect(Buffer.compare((await render()).bytes, (await render()).bytes)).toBe(0);
  });

  it('refuses merge data that is not an object of text and numbers, and a design that is not a template', async () => {
    const bad = await dispatch(handlers(), 'renderTemplate', JSON.stringify({ id: EXAMPLE_IDS.certificateTemplate, data: { recipient: { name: ['Ada'] } } }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const pathway = await dispatch(handlers(), 'renderTemplate', JSON.stringify({ id: EXAMPLE_IDS.pathway }));
    expect(pathway).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('not a template') } });
  });
});
