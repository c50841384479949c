import { createCanvas, loadImage } from '@napi-rs/canvas';
import zlib from 'node:zlib';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/api/handlers';
import { dispatch } from '../../../electron/api/dispatch';
import { ingestImage, MAX_IMAGE_BYTES } from '../../../electron/assets/ingestImage';
import { Workspace } from '../../../electron/store/workspace';
import { LaurelError } from '../../../shared/api/result';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';

let workspace: Workspace;
beforeAll(() => {
  workspace = Workspace.create(path.join(makeTempDir('laurel-assets-'), 'assets.laurel'));
});
afterAll(() => {
  workspace.close();
  removeTempDirs();
});

/** Every row of the assets table: what a refused file must leave exactly as it was. */
const assetsTable = () => JSON.stringify(workspace.db.prepare('SELECT sha256, media_type, byte_length, hex(data) FROM assets ORDER BY sha256').all());

function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < image.data.length; i += 4) image.data.set([(i / 4) % 256, 80, 160, 255], i);
  return PNG.sync.write(image);
}

function jpeg(): Buffer {
  const canvas = createCanvas(40, 30);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#2a9d8f';
  ctx.fillRect(0, 0, 40, 30);
  return canvas.encodeSync('jpeg', 90);
}

/** A PNG chunk with its real CRC. */
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
  return out;
}

/** A well-formed PNG that claims a size (its image data is a single tiny row, never inflated). */
function pngClaiming(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([png(1, 1).subarray(0, 8), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.alloc(5))), chunk('IEND', Buffer.alloc(0))]);
}

/** Adds an image that must be refused; the table must not change. Returns the message. */
function refused(fileName: string, bytes: Buffer): string {
  const before = assetsTable();
  let error: unknown;
  try {
    ingestImage(workspace, fileName, bytes);
  } catch (e) {
    error = e;
  }
  expect(error, fileName).toBeInstanceOf(LaurelError);
  expect((error as LaurelError).code).toBe('invalid-argument');
  expect((error as LaurelError).message).toContain(`“${fileName}” was not added`);
  expect(assetsTable(), 'nothing is half-added').toBe(before);
  return (error as LaurelError).message;
}

describe('images that are stored', () => {
  it('stores a PNG, a JPEG and an SVG once each by SHA-256, with their real type and size', () => {
    const a = ingestImage(workspace, 'logo.png', png(20, 10));
    expect(a).toMatchObject({ mediaType: 'image/png', width: 20, height: 10, sanitised: false });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    const b = ingestImage(workspace, 'photo.jpg', jpeg());
    expect(b).toMatchObject({ mediaType: 'image/jpeg', width: 40, height: 30 });
    const c = ingestImage(workspace, 'mark.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#123"/></svg>'));
    expect(c).toMatchObject({ mediaType: 'image/svg+xml', width: 40, height: 20, sanitised: false });
    const rows = () => workspace.db.prepare('SELECT count(*) AS n FROM assets').get() as { n: number };
    const count = rows().n;
    expect(ingestImage(workspace, 'same-logo-again.png', png(20, 10)).sha256).toBe(a.sha256);
    expect(rows().n).toBe(count);
  });

  it('goes by the bytes, not the name or the declared type', () => {
    expect(ingestImage(workspace, 'actually-a-jpeg.png', jpeg()).mediaType).toBe('image/jpeg');
  });
});

describe('images that are refused, with nothing half-added', () => {
  it('refuses what is not an image', () => {
    expect(refused('notes.png', Buffer.from('just some text'))).toMatch(/not a PNG, JPEG or SVG/);
    expect(refused('empty.png', Buffer.alloc(0))).toMatch(/empty/);
    expect(refused('page.svg', Buffer.from('<?xml version="1.0"?><html><body/></html>'))).toMatch(/not an SVG/);
  });

  it('refuses damaged and incomplete files', () => {
    const good = png(30, 30);
    const flipped = Buffer.from(good);
    flipped[good.length - 20] = flipped[good.length - 20]! ^ 0xff; // inside the image data: its checksum no longer matches
    expect(refused('flipped.png', flipped)).toMatch(/damaged/);
    expect(refused('cut.png', good.subarray(0, good.length - 30))).toMatch(/cut short|ends inside/);
    const image = jpeg();
    expect(refused('cut.jpg', image.subarray(0, Math.floor(image.length * 0.6)))).toMatch(/JPEG.*(cut short|damaged)/);
    expect(refused('broken.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g></svg>'))).toMatch(/cannot be read/);
  });

  it('refuses an image over 40 megapixels, before decoding it', () => {
    expect(refused('huge.png', pngClaiming(8000, 6000))).toMatch(/8000 × 6000 pixels \(48\.0 megapixels\); images may be at most 40 megapixels/);
    expect(refused('huge.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9000" height="9000"/>'))).toMatch(/megapixels/);
  });

  it('refuses a file over the byte limit', () => {
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    png(1, 1).copy(big);
    expect(refused('big.png', big)).toMatch(/images may be at most 20\.0 MB/);
  });

  it('refuses an SVG with a DOCTYPE (entities are how XML bombs and file reads start)', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&b;</text></svg>';
    expect(refused('bomb.svg', Buffer.from(bomb))).toMatch(/DOCTYPE/);
    expect(refused('sizeless.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5"/></svg>'))).toMatch(/no size/);
  });
});

describe('SVG sanitising', () => {
  const hostile = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="100" height="50" onload="alert(1)">
  <script>alert('x')</script>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/></linearGradient></defs>
  <rect width="100" height="50" fill="url(#g)" onclick="steal()" inkscape:label="bg"/>
  <rect width="10" height="10" fill="url(https://evil.example/x.svg#p)"/>
  <rect width="10" height="10" style="fill: red; background: url('http://evil.example/t.png')"/>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
  <a xlink:href="javascript:alert(1)"><circle cx="5" cy="5" r="4"/></a>
  <use xlink:href="#g"/>
  <use href="https://evil.example/sprite.svg#icon"/>
  <image width="5" height="5" href="https://evil.example/track.png"/>
  <image width="5" height="5" href="data:image/png;base64,iVBORw0KGgo="/>
  <image width="5" height="5" href="data:image/svg+xml;base64,PHN2Zz4="/>
  <animate attributeName="href" to="javascript:alert(1)"/>
  <style>@import url(https://evil.example/a.css); rect { fill: blue }</style>
  <style>.ok { fill: url(#g) }</style>
</svg>`;

  it('takes out scripts, handlers, foreignObject, animation and every reference outside the file', async () => {
    const added = ingestImage(workspace, 'hostile.svg', Buffer.from(hostile));
    expect(added).toMatchObject({ mediaType: 'image/svg+xml', width: 100, height: 50, sanitised: true });
    const stored = workspace.getAsset(added.sha256)!.data.toString('utf8');
    for (const gone of ['<script', 'onload', 'onclick', 'foreignObject', 'javascript:', 'evil.example', '<animate', '@import', 'inkscape', 'image/svg+xml']) {
      expect(stored, gone).not.toContain(gone);
    }
    // What is safe stays: internal references, embedded raster pictures, the drawing itself.
    for (const kept of ['fill="url(#g)"', 'xlink:href="#g"', 'data:image/png;base64,', '<circle', '.ok { fill: url(#g) }']) expect(stored, kept).toContain(kept);
    // And it still draws.
    const image = await loadImage(Buffer.from(stored));
    expect([image.width, image.height]).toEqual([100, 50]);
  });

  it('gives an SVG sized only by its viewBox a width and height, so every renderer agrees on its size', () => {
    const added = ingestImage(workspace, 'viewbox.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 120"><circle cx="60" cy="60" r="50"/></svg>'));
    expect(added).toMatchObject({ width: 300, height: 120 });
    expect(workspace.getAsset(added.sha256)!.data.toString('utf8')).toMatch(/^<svg[^>]* width="300" height="120"/);
  });
});

describe('through the API', () => {
  const handlers = () => createHandlers(() => workspace);

  it('addAsset takes base64 and answers the stored image; getAsset gives the bytes back', async () => {
    const bytes = png(8, 8);
    const added = await dispatch(handlers(), 'addAsset', JSON.stringify({ fileName: 'tiny.png', dataBase64: bytes.toString('base64') }));
    expect(added).toMatchObject({ ok: true, value: { mediaType: 'image/png', width: 8, height: 8 } });
    const sha256 = added.ok ? (added.value as { sha256: string }).sha256 : '';
    const got = await dispatch(handlers(), 'getAsset', JSON.stringify({ sha256 }));
    expect(got).toMatchObject({ ok: true, value: { mediaType: 'image/png', dataBase64: bytes.toString('base64') } });
  });

  it('refuses data that is not base64, and an unknown hash, writing nothing', async () => {
    const before = assetsTable();
    expect(await dispatch(handlers(), 'addAsset', JSON.stringify({ fileName: 'x.png', dataBase64: 'not base64!' }))).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(handlers(), 'addAsset', JSON.stringify({ fileName: 'x.png', dataBase64: Buffer.from('hello').toString('base64') }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('not a PNG, JPEG or SVG') },
    });
    expect(await dispatch(handlers(), 'getAsset', JSON.stringify({ sha256: '0'.repeat(64) }))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(assetsTable()).toBe(before);
  });
});
