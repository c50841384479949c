import fs from 'node:fs';
import { BUNDLED_FONTS } from '../../shared/template/fonts';
import { fontSetFromBytes, type FontSet } from '../../shared/template/fontSet';
import { resourcePath } from '../files/resourcePath';

let fonts: FontSet | undefined;

/** The bundled fonts, read from resources/fonts once per process (2.7 MB; parsed lazily per face). */
export function bundledFonts(): FontSet {
  fonts ??= fontSetFromBytes(new Map(BUNDLED_FONTS.map((f) => [f.file, fs.readFileSync(resourcePath('fonts', f.file))])));
  return fonts;
}
