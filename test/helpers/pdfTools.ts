import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { PNG } from 'pngjs';
import { makeTempDir } from './tempFiles';

/** Poppler's tools, as a reader of the PDF sees it (Debian's poppler-utils). */

/** The PDF rasterised by pdftoppm at exactly `width` × `height` pixels, RGBA. */
export function rasterisePdf(pdf: Uint8Array, dpi: number, width: number, height: number): PNG {
  const dir = makeTempDir('laurel-pdftoppm-');
  const file = path.join(dir, 'in.pdf');
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-scale-to-x', String(width), '-scale-to-y', String(height), '-png', '-singlefile', file, path.join(dir, 'out')]);
  return PNG.sync.read(fs.readFileSync(path.join(dir, 'out.png')));
}

export function pdfText(pdf: Uint8Array, layout = true): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-', '-'], { input: pdf, encoding: 'utf8' });
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** `pdffonts` as rows. */
export function pdfFonts(pdf: Uint8Array): PdfFontRow[] {
  const out = execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!m) throw new Error(`Unexpected pdffonts line: ${line}`);
      return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes', subset: m[5] === 'yes', unicode: m[6] === 'yes' };
    });
}

/** The first page's content stream, decompressed, as operator and operand tokens. */
export async function pageContentTokens(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const contents = doc.getPage(0).node.get(PDFName.of('Contents'));
  const refs = 'asArray' in (contents as object) ? (contents as unknown as { asArray(): unknown[] }).asArray() : [contents];
  let text = '';
  for (const ref of refs) {
    const stream = doc.context.lookup(ref as never) as PDFRawStream;
    const bytes = stream.getContents();
    const filter = stream.dict.get(PDFName.of('Filter'));
    text += Buffer.from(filter ? zlib.inflateSync(bytes) : bytes).toString('latin1') + '\n';
  }
  return text.split(/\s+/).filter((t) => t !== '');
}

/** Mean absolute difference of two same-sized images' RGB, 0–1; the first is composited over white. */
export function meanAbsoluteDifference(a: { width: number; height: number; data: Uint8Array }, b: { width: number; height: number; data: Uint8Array }): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`Sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let sum = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const alpha = a.data[i + 3]! / 255;
    for (let c = 0; c < 3; c++) {
      const over = a.data[i + c]! * alpha + 255 * (1 - alpha);
      const otherAlpha = b.data[i + 3]! / 255;
      const other = b.data[i + c]! * otherAlpha + 255 * (1 - otherAlpha);
      sum += Math.abs(over - other);
    }
  }
  return sum / ((a.data.length / 4) * 3 * 255);
}
