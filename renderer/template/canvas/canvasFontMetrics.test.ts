import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFont } from '../../../shared/template/fontMetrics';
import { BUNDLED_FONTS } from '../../../shared/template/fonts';

const fontsDir = path.resolve(import.meta.dirname, '../../../resources/fonts');

// The editor lays text out with the catalogue's vertical metrics (it never reads the files' bytes), the
// export with fontkit's reading of the files: they must be the same figures.
describe('the font catalogue’s vertical metrics are the files’ own', () => {
  it.each(BUNDLED_FONTS)('$file: unitsPerEm, ascent, descent and line gap equal fontkit’s', (font) => {
    const parsed = parseFont(new Uint8Array(fs.readFileSync(path.join(fontsDir, font.file))));
    expect(font.vertical).toEqual({ unitsPerEm: parsed.unitsPerEm, ascent: parsed.ascent, descent: Math.abs(parsed.descent), lineGap: parsed.lineGap });
  });
});
