import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFont } from '../../../shared/template/fontMetrics';
import { BUNDLED_FONTS } from '../../../shared/template/fonts';
import { readVerticalMetrics } from './canvasFontMetrics';

const fontsDir = path.resolve(import.meta.dirname, '../../../resources/fonts');

describe('the editor reads vertical metrics as the export does', () => {
  it.each(BUNDLED_FONTS.map((f) => f.file))('%s: unitsPerEm, ascent, descent and line gap equal fontkit’s', (file) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(fontsDir, file)));
    const font = parseFont(bytes);
    expect(readVerticalMetrics(bytes)).toEqual({ unitsPerEm: font.unitsPerEm, ascent: font.ascent, descent: Math.abs(font.descent), lineGap: font.lineGap });
  });
});
