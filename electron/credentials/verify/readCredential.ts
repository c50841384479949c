import { extractFromPng, extractFromSvg, isPng } from '../bake';
import type { VerificationReport } from '../../../shared/credentials/verificationReport';

export interface ReadCredential {
  source: VerificationReport['source'];
  credential?: Record<string, unknown>;
  /** A compact JWS (VC-JWT) where a JSON credential was expected. */
  jwt?: string;
  /** Why no credential could be read, in words. */
  problem?: string;
}

const COMPACT_JWS = /^[\w-]+\.[\w-]*\.[\w-]+$/;

function parseJsonCredential(text: string, source: ReadCredential['source']): ReadCredential {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (COMPACT_JWS.test(trimmed)) return { source: source === 'json' ? 'jwt' : source, jwt: trimmed };
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    return { source, problem: `This is not JSON: ${(error as Error).message.slice(0, 200)}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { source, problem: 'This JSON is not an object, so not a credential.' };
  return { source, credential: data as Record<string, unknown> };
}

/**
 * The credential in a file: a JSON credential, a baked PNG (`iTXt` openbadgecredential) or a baked SVG
 * (`<openbadges:credential>`). A VC-JWT is recognised and reported as such.
 */
export function readCredential(bytes: Uint8Array): ReadCredential {
  if (isPng(bytes)) {
    let baked;
    try {
      baked = extractFromPng(bytes);
    } catch (error) {
      return { source: 'png', problem: (error as Error).message };
    }
    if (!baked) return { source: 'png', problem: 'This PNG has no baked credential (no iTXt chunk with keyword “openbadgecredential”).' };
    if (baked.kind === 'ob2') return { source: 'png', problem: 'This PNG carries an Open Badges 2.0 assertion, not an OB 3.0 credential.' };
    return parseJsonCredential(baked.text, 'png');
  }
  const text = Buffer.from(bytes).toString('utf8');
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) {
    if (!/<svg\b/.test(text)) return { source: 'unknown', problem: 'This is XML or HTML, not an SVG badge.' };
    const baked = extractFromSvg(text);
    if (!baked) return { source: 'svg', problem: 'This SVG has no baked credential (no <openbadges:credential> element).' };
    if (baked.kind === 'ob2') return { source: 'svg', problem: 'This SVG carries an Open Badges 2.0 assertion, not an OB 3.0 credential.' };
    return parseJsonCredential(baked.text, 'svg');
  }
  if (head.length === 0) return { source: 'unknown', problem: 'The file is empty.' };
  return parseJsonCredential(text, 'json');
}
