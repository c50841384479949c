import type fontkit from '@pdf-lib/fontkit';

/**
 * Works around a bug of @pdf-lib/fontkit 1.1's TrueType subsetter (fixed upstream in fontkit 1.8 by
 * foliojs/fontkit#191, never in this fork; reported as cantoo-scribe/pdf-lib#144): it copies each glyph's
 * record as it is, but writes the short `loca` format, which stores offsets halved. After a glyph record of
 * odd length every later offset is off by a byte, and those glyphs draw blank in the PDF (Inter loses most of
 * its letters) while the text still extracts. Padding each record to even length, as the TrueType spec asks
 * of short-`loca` fonts, makes every offset exact.
 */
interface SubsetInternals {
  glyf: Uint8Array[];
  offset: number;
  _addGlyph(gid: number): number;
}

const patched = new WeakSet<object>();

export function fixTrueTypeSubsetting(font: fontkit.Font): void {
  const proto = Object.getPrototypeOf(font.createSubset()) as SubsetInternals;
  if (patched.has(proto) || typeof proto._addGlyph !== 'function') return;
  const addGlyph = proto._addGlyph;
  proto._addGlyph = function (this: SubsetInternals, gid: number): number {
    const index = addGlyph.call(this, gid);
    const record = this.glyf[index]!;
    if (record.length % 2 === 1) {
      // The same class as the record (fontkit's bundled Buffer), one zero byte longer.
      const Record = record.constructor as { alloc?: (n: number) => Uint8Array; new (n: number): Uint8Array };
      const padded = Record.alloc ? Record.alloc(record.length + 1) : new Record(record.length + 1);
      padded.set(record);
      this.glyf[index] = padded;
      this.offset += 1;
    }
    return index;
  };
  patched.add(proto);
}
