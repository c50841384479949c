import zlib from 'node:zlib';
import { LaurelError } from '../../shared/api/result';

/**
 * Baking (OB 3.0 §5.3): a credential carried inside its badge image. PNG: an uncompressed `iTXt` chunk
 * with keyword `openbadgecredential`; SVG: an `<openbadges:credential>` element (namespace
 * `https://purl.imsglobal.org/ob/v3p0`) right after the root element's start, holding the JSON in CDATA
 * (or a compact JWS in its `verify` attribute). Re-baking replaces what was baked before.
 */
export const PNG_KEYWORD = 'openbadgecredential';
export const OB3_SVG_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface PngChunk {
  type: string;
  data: Buffer;
}

export const isPng = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 8)).equals(PNG_SIGNATURE);

function readChunks(png: Buffer): PngChunk[] {
  if (!isPng(png)) throw new LaurelError('invalid-argument', 'This is not a PNG file.');
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > png.length) throw new LaurelError('invalid-argument', 'This PNG file is cut short.');
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR' || chunks[chunks.length - 1]?.type !== 'IEND') throw new LaurelError('invalid-argument', 'This PNG file is damaged.');
  return chunks;
}

function writeChunk({ type, data }: PngChunk): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** The keyword of an iTXt/tEXt chunk, and its text (inflated if compressed). */
function textChunk(chunk: PngChunk): { keyword: string; text: string } | undefined {
  const nul = chunk.data.indexOf(0);
  if (nul < 0) return undefined;
  const keyword = chunk.data.toString('latin1', 0, nul);
  if (chunk.type === 'tEXt') return { keyword, text: chunk.data.toString('latin1', nul + 1) };
  if (chunk.type !== 'iTXt') return undefined;
  const compressed = chunk.data[nul + 1] === 1;
  const languageEnd = chunk.data.indexOf(0, nul + 3);
  const translatedEnd = chunk.data.indexOf(0, languageEnd + 1);
  if (languageEnd < 0 || translatedEnd < 0) return undefined;
  const raw = chunk.data.subarray(translatedEnd + 1);
  return { keyword, text: (compressed ? zlib.inflateSync(raw) : raw).toString('utf8') };
}

/** A PNG with `credential` (JSON text or compact JWS) baked in, replacing any credential baked before. */
export function bakePng(png: Uint8Array, credential: string): Buffer {
  const chunks = readChunks(Buffer.from(png)).filter((c) => !(c.type === 'iTXt' && textChunk(c)?.keyword === PNG_KEYWORD));
  const data = Buffer.concat([Buffer.from(PNG_KEYWORD, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(credential, 'utf8')]);
  chunks.splice(chunks.length - 1, 0, { type: 'iTXt', data });
  return Buffer.concat([PNG_SIGNATURE, ...chunks.map(writeChunk)]);
}

export interface BakedContent {
  /** What was baked: an OB 3.0 credential (JSON text or JWS), or an Open Badges 2.0 assertion. */
  kind: 'ob3' | 'ob2';
  text: string;
}

export function extractFromPng(png: Uint8Array): BakedContent | undefined {
  for (const chunk of readChunks(Buffer.from(png))) {
    const text = textChunk(chunk);
    if (text?.keyword === PNG_KEYWORD) return { kind: 'ob3', text: text.text };
    if (text?.keyword === 'openbadges') return { kind: 'ob2', text: text.text };
  }
  return undefined;
}

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const ELEMENT = /<([A-Za-z_][\w.-]*):credential\b[^>]*?(?:\/>|>[\s\S]*?<\/\1:credential>)\s*/g;

/** An SVG with `credential` baked in: JSON in CDATA, a JWS in `verify`. */
export function bakeSvg(svg: string, credential: string): string {
  const start = /<svg\b[^>]*>/.exec(svg);
  if (!start) throw new LaurelError('invalid-argument', 'This is not an SVG file: it has no <svg> element.');
  let open = start[0];
  if (!open.includes(`"${OB3_SVG_NAMESPACE}"`)) open = open.replace(/^<svg\b/, `<svg xmlns:openbadges="${OB3_SVG_NAMESPACE}"`);
  const prefix = /xmlns:([\w.-]+)="https:\/\/purl\.imsglobal\.org\/ob\/v3p0"/.exec(open)?.[1] ?? 'openbadges';
  const isJws = /^[\w-]+\.[\w-]*\.[\w-]+$/.test(credential.trim());
  const element = isJws ? `<${prefix}:credential verify="${credential.trim()}"/>` : `<${prefix}:credential>${cdata(credential)}</${prefix}:credential>`;
  const rest = svg.slice(start.index + start[0].length).replace(ELEMENT, (match, p: string) => (isOb3Prefix(svg, p) ? '' : match));
  return `${svg.slice(0, start.index)}${open}${element}${rest}`;
}

const isOb3Prefix = (svg: string, prefix: string) => new RegExp(`xmlns:${prefix.replace(/[.-]/g, '\\$&')}="https://purl\\.imsglobal\\.org/ob/v3p0"`).test(svg);

const unXml = (text: string) => text.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);

export function extractFromSvg(svg: string): BakedContent | undefined {
  const prefix = /xmlns:([\w.-]+)="https:\/\/purl\.imsglobal\.org\/ob\/v3p0"/.exec(svg)?.[1];
  if (prefix) {
    const p = prefix.replace(/[.-]/g, '\\$&');
    const element = new RegExp(`<${p}:credential\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}:credential>)`).exec(svg);
    if (element) {
      const verify = /\bverify="([^"]*)"/.exec(element[1] ?? '')?.[1];
      if (verify) return { kind: 'ob3', text: unXml(verify) };
      const body = element[2] ?? '';
      const text = body.includes('<![CDATA[') ? [...body.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join('') : unXml(body);
      return { kind: 'ob3', text: text.trim() };
    }
  }
  if (/<openbadges:assertion\b/.test(svg)) return { kind: 'ob2', text: '' };
  return undefined;
}
