import { LaurelError } from '../../shared/api/result';
import type { Workspace } from '../store/workspace';
import { checkJpeg, checkPng, isJpeg, isPng, type RasterCheck } from './rasterInfo';
import { sanitiseSvg } from './svg/sanitiseSvg';

/** Larger pictures gain nothing on a certificate and cost memory in every render (a 40 MP RGBA is 160 MB). */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** Far above any sensible logo or photograph, and under what one API call may carry. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export const IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type ImageMediaType = (typeof IMAGE_MEDIA_TYPES)[number];

export interface CheckedImage {
  /** What is stored: the file itself, or for an SVG its sanitised text. */
  bytes: Buffer;
  mediaType: ImageMediaType;
  width: number;
  height: number;
  /** Scripts, links out or editor metadata were taken out of an SVG before it was stored. */
  sanitised: boolean;
}

export type AddedImage = Omit<CheckedImage, 'bytes'> & { sha256: string };

const megabytes = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** SVG is text: after an optional BOM, XML declaration or comment, an `<svg` (or `<?xml`) starts it. */
function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<?xml') || head.startsWith('<svg') || (head.startsWith('<!--') && head.includes('<svg'));
}

function refuse(fileName: string, why: string): never {
  throw new LaurelError('invalid-argument', `“${fileName}” was not added: ${why}`);
}

function checked(fileName: string, check: RasterCheck, kind: string): { width: number; height: number } {
  if (!check.ok) refuse(fileName, `this ${kind} file is damaged or incomplete: ${check.problem}.`);
  return check;
}

/**
 * Checks an image as the workspace would store it. The type comes from the bytes, never from the name or a
 * declared type; PNG and JPEG must be whole files, SVG is sanitised (or refused if it cannot be read), and
 * nothing over MAX_IMAGE_PIXELS or MAX_IMAGE_BYTES passes. Refusals are `invalid-argument` errors that name
 * the file and say why.
 */
export function checkImage(fileName: string, bytes: Buffer): CheckedImage {
  if (bytes.length === 0) refuse(fileName, 'the file is empty.');
  if (bytes.length > MAX_IMAGE_BYTES) refuse(fileName, `it is ${megabytes(bytes.length)}; images may be at most ${megabytes(MAX_IMAGE_BYTES)}.`);
  let stored: Buffer;
  let mediaType: ImageMediaType;
  let size: { width: number; height: number };
  let sanitised = false;
  if (isPng(bytes)) {
    size = checked(fileName, checkPng(bytes, MAX_IMAGE_PIXELS), 'PNG');
    [stored, mediaType] = [bytes, 'image/png'];
  } else if (isJpeg(bytes)) {
    size = checked(fileName, checkJpeg(bytes), 'JPEG');
    [stored, mediaType] = [bytes, 'image/jpeg'];
  } else if (looksLikeSvg(bytes)) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      refuse(fileName, 'this SVG is not valid UTF-8 text.');
    }
    let clean: ReturnType<typeof sanitiseSvg>;
    try {
      clean = sanitiseSvg(text!);
    } catch (error) {
      if (error instanceof LaurelError) refuse(fileName, error.message.charAt(0).toLowerCase() + error.message.slice(1));
      throw error;
    }
    size = { width: Math.ceil(clean.width), height: Math.ceil(clean.height) };
    [stored, mediaType, sanitised] = [Buffer.from(clean.svg, 'utf8'), 'image/svg+xml', clean.changed];
  } else {
    refuse(fileName, 'it is not a PNG, JPEG or SVG image.');
  }
  const pixels = size.width * size.height;
  if (pixels > MAX_IMAGE_PIXELS) {
    refuse(fileName, `it is ${size.width} × ${size.height} pixels (${(pixels / 1e6).toFixed(1)} megapixels); images may be at most ${MAX_IMAGE_PIXELS / 1e6} megapixels.`);
  }
  return { bytes: stored, mediaType, width: size.width, height: size.height, sanitised };
}

/**
 * Checks an image (`checkImage`) and stores it once by SHA-256 (DESIGN §2). Every check runs before the one
 * write, so a refused file leaves the workspace exactly as it was.
 */
export function ingestImage(workspace: Workspace, fileName: string, bytes: Buffer): AddedImage {
  const { bytes: stored, ...image } = checkImage(fileName, bytes);
  return { sha256: workspace.putAsset(stored, image.mediaType), ...image };
}
