import qrcode from 'qrcode-generator';
import { LaurelError } from '../../api/result';
import type { PathOp } from './shapePaths';

/** Light modules kept around the code inside its box: less than the standard 4, as printed credentials do. */
export const QR_QUIET_MODULES = 2;

/**
 * qrcode-generator's byte mode takes each UTF-16 unit's low byte; giving it the UTF-8 bytes as one unit each
 * makes a URL with non-ASCII text scan as what it says.
 */
function utf8Units(text: string): string {
  let units = '';
  for (const ch of text) {
    // A lone surrogate has no UTF-8 form: it becomes U+FFFD, as TextEncoder does.
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) units += String.fromCharCode(cp);
    else if (cp < 0x800) units += String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) units += String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else units += String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return units;
}

/** The capacity of the largest QR code (version 40) at error correction M, in bytes. */
export const MAX_QR_BYTES = 2331;

export interface QrGeometry {
  /** Every dark module, as one path: the PDF fills it with one operator, the canvas with one fill. */
  path: PathOp[];
  modules: number;
}

/**
 * The QR code of `text` in a square of `size` points at (x, y) (error correction M, version as small as the
 * text allows, a quiet zone of QR_QUIET_MODULES). Dark modules of a row that touch become one rectangle,
 * which keeps the path (and the PDF) small and leaves no hairline seams between modules.
 */
export function qrGeometry(text: string, x: number, y: number, size: number): QrGeometry {
  const key = `${size} ${x} ${y} ${text}`;
  let geometry = recent.get(key);
  if (!geometry) {
    geometry = computeQrGeometry(text, x, y, size);
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
    recent.set(key, geometry);
  }
  return geometry;
}

/** Choosing the mask pattern tries all eight: the editor redraws the same code on every change, so keep a few. */
const RECENT_LIMIT = 64;
const recent = new Map<string, QrGeometry>();

function computeQrGeometry(text: string, x: number, y: number, size: number): QrGeometry {
  const qr = qrcode(0, 'M');
  const units = utf8Units(text);
  qr.addData(units, 'Byte');
  try {
    qr.make();
  } catch {
    throw new LaurelError('invalid-document', `A QR code holds at most ${MAX_QR_BYTES} bytes; this one's text has ${units.length}. Shorten it.`);
  }
  const count = qr.getModuleCount();
  const unit = size / (count + 2 * QR_QUIET_MODULES);
  const origin = (v: number) => v + QR_QUIET_MODULES * unit;
  const path: PathOp[] = [];
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && qr.isDark(row, col)) col++;
      const x0 = origin(x) + start * unit;
      const x1 = origin(x) + col * unit;
      const y0 = origin(y) + row * unit;
      const y1 = y0 + unit;
      path.push(['M', x0, y0], ['L', x1, y0], ['L', x1, y1], ['L', x0, y1], ['Z']);
    }
  }
  return { path, modules: count };
}
