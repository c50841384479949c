import zlib from 'node:zlib';

/** The size of a raster image and whether its file is whole; `problem` says in words what is wrong. */
export type RasterCheck = { ok: true; width: number; height: number } | { ok: false; problem: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(PNG_SIGNATURE);
export const isJpeg = (bytes: Buffer) => bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

/** Bits per pixel of each PNG colour type, by bit depth: what one row of the image takes. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** The decompressed size of a PNG's image data: rows with their filter byte, per Adam7 pass if interlaced. */
function pngDataSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number) => (w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8)));
  if (!interlaced) return rows(width, height);
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  return passes.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((width - x0!) / dx!), Math.ceil((height - y0!) / dy!)), 0);
}

/**
 * Reads a PNG's header and checks the whole file: every chunk's CRC, the IHDR first and IEND last, and
 * that the image data inflates to exactly the size the header promises. A truncated or damaged file fails
 * here rather than drawing half a picture. `maxPixels` is checked before anything is inflated.
 */
export function checkPng(bytes: Buffer, maxPixels: number): RasterCheck {
  let at = 8;
  let width = 0;
  let height = 0;
  let dataSize = 0;
  let sawEnd = false;
  const idat: Buffer[] = [];
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return { ok: false, problem: 'the file ends inside a chunk' };
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > bytes.length) return { ok: false, problem: `the file ends inside its ${type} chunk` };
    const crc = bytes.readUInt32BE(at + 8 + length);
    if (zlib.crc32(bytes.subarray(at + 4, at + 8 + length)) !== crc) return { ok: false, problem: `its ${type} chunk is damaged (bad checksum)` };
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (at === 8) {
      if (type !== 'IHDR' || length !== 13) return { ok: false, problem: 'it does not start with an image header' };
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colourType, , , interlace] = [data[8]!, data[9]!, data[10], data[11], data[12]];
      const channels = CHANNELS[colourType];
      if (!channels || ![1, 2, 4, 8, 16].includes(depth) || width === 0 || height === 0) return { ok: false, problem: 'its image header is not valid' };
      if (width * height > maxPixels) return { ok: true, width, height }; // the caller refuses it by size
      dataSize = pngDataSize(width, height, channels * depth, interlace === 1);
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') {
      sawEnd = true;
      break;
    }
    at += 12 + length;
  }
  if (width === 0) return { ok: false, problem: 'it has no image header' };
  if (!sawEnd) return { ok: false, problem: 'the file is cut short (no end chunk)' };
  if (idat.length === 0) return { ok: false, problem: 'it has no image data' };
  try {
    const inflated = zlib.inflateSync(Buffer.concat(idat), { maxOutputLength: dataSize + 1 });
    if (inflated.length !== dataSize) return { ok: false, problem: 'its image data is incomplete' };
  } catch {
    return { ok: false, problem: 'its image data is damaged' };
  }
  return { ok: true, width, height };
}

/** Start-of-frame markers (baseline, progressive, lossless…); C4, C8 and CC are other tables. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * Reads a JPEG's frame size and walks its structure to the end-of-image marker: segment lengths must
 * add up and the entropy-coded scans must end in EOI, which a cut-short download never does.
 */
export function checkJpeg(bytes: Buffer): RasterCheck {
  let at = 2;
  let width = 0;
  let height = 0;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return { ok: false, problem: 'its structure is damaged' };
    const marker = bytes[at + 1];
    if (marker === undefined) break;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      if (width === 0) return { ok: false, problem: 'it has no frame header' };
      return { ok: true, width, height };
    }
    if (marker >= 0xd0 && marker <= 0xd7) {
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) break;
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) break;
    if (SOF.has(marker)) {
      if (length < 7) return { ok: false, problem: 'its frame header is not valid' };
      height = bytes.readUInt16BE(at + 5);
      width = bytes.readUInt16BE(at + 7);
      if (width === 0 || height === 0) return { ok: false, problem: 'its frame header gives no size' };
    }
    at += 2 + length;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
      while (at + 1 < bytes.length && !(bytes[at] === 0xff && bytes[at + 1] !== 0x00 && !(bytes[at + 1]! >= 0xd0 && bytes[at + 1]! <= 0xd7))) at++;
    }
  }
  return { ok: false, problem: 'the file is cut short (no end-of-image marker)' };
}
