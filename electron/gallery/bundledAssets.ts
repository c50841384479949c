import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LaurelError } from '../../shared/api/result';
import type { TemplateBody } from '../../shared/template/model';
import { checkImage, type CheckedImage } from '../assets/ingestImage';

/**
 * Designs shipped with Laurel (the gallery, the example workspace) name their pictures `bundled:<file>`, a
 * file beside them in resources/. When such a design enters a workspace, each file is checked and stored
 * like any added image and the reference becomes its SHA-256, so a workspace never depends on the app's
 * own files.
 */
export const BUNDLED_PREFIX = 'bundled:';

export const isBundledRef = (ref: string | undefined): ref is string => ref?.startsWith(BUNDLED_PREFIX) === true;

/** Reads and checks a bundled picture, as `checkImage` checks an added one. */
export function readBundledImage(dir: string, ref: string): CheckedImage & { sha256: string } {
  const file = ref.slice(BUNDLED_PREFIX.length);
  if (file !== path.basename(file)) throw new LaurelError('invalid-document', `A bundled picture must be a file name, not a path: “${file}”.`);
  const image = checkImage(file, fs.readFileSync(path.join(dir, file)));
  return { ...image, sha256: crypto.createHash('sha256').update(image.bytes).digest('hex') };
}

/** Replaces `bundled:` references by what `store` returns for each (the stored asset's SHA-256). */
export function resolveBundledRef<T extends string | undefined>(ref: T, store: (ref: string) => string): T | string {
  return isBundledRef(ref) ? store(ref) : ref;
}

/** A template with every `bundled:` picture (page background, images, signatures) replaced via `store`. */
export function withBundledAssets(body: TemplateBody, store: (ref: string) => string): TemplateBody {
  const backgroundAsset = resolveBundledRef(body.page.backgroundAsset, store);
  return {
    ...body,
    page: backgroundAsset === undefined ? body.page : { ...body.page, backgroundAsset },
    elements: body.elements.map((el) => (el.type === 'image' || el.type === 'signature') && isBundledRef(el.asset) ? { ...el, asset: store(el.asset) } : el),
  };
}
