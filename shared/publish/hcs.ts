/**
 * The Hashgraph Online standards a publication is stored by (DESIGN §5), as pure functions:
 * - HCS-1: a file in its own topic, compressed, base64, in `{"o":<index>,"c":"<data>"}` messages of at most
 *   1024 bytes, the first one's data prefixed `data:<media type>;base64,`; the topic memo is
 *   `<sha256 of the file>:<compression>:base64`, the topic has a submit key and no admin key.
 * - HCS-2: a registry topic (memo `hcs-2:<indexed>:<ttl>`) whose `register` messages point at files.
 */

/** A consensus message's limit: larger messages would be split by the SDK into several transactions. */
export const MAX_MESSAGE_BYTES = 1024;
export const HCS1_COMPRESSION = 'zstd';
export const PUBLICATION_MEDIA_TYPE = 'application/json';
/** An indexed registry (every message counts), cached for a day by indexers. */
export const REGISTRY_MEMO = 'hcs-2:0:86400';

export const fileTopicMemo = (sha256: string) => `${sha256}:${HCS1_COMPRESSION}:base64`;

export function parseFileTopicMemo(memo: string): { sha256: string; compression: string } | undefined {
  const match = /^([0-9a-f]{64}):([a-z0-9-]+):base64$/.exec(memo);
  return match ? { sha256: match[1]!, compression: match[2]! } : undefined;
}

/**
 * The HCS-1 messages of a compressed file given as base64. Each message is the largest that fits in
 * MAX_MESSAGE_BYTES (base64 and digits are ASCII, so characters are bytes).
 */
export function hcs1Chunks(base64: string, mediaType = PUBLICATION_MEDIA_TYPE): string[] {
  const data = `data:${mediaType};base64,${base64}`;
  const chunks: string[] = [];
  for (let offset = 0, order = 0; offset < data.length || order === 0; order++) {
    const room = MAX_MESSAGE_BYTES - `{"o":${order},"c":""}`.length;
    const piece = data.slice(offset, offset + room);
    chunks.push(JSON.stringify({ o: order, c: piece }));
    offset += piece.length;
  }
  return chunks;
}

/** Puts HCS-1 messages (in any order) back together: the media type and the base64 of the compressed file. */
export function reassembleHcs1(messages: readonly string[]): { mediaType: string; base64: string } {
  const pieces = new Map<number, string>();
  for (const text of messages) {
    let chunk: unknown;
    try {
      chunk = JSON.parse(text);
    } catch {
      throw new Error('A message of the file topic is not JSON.');
    }
    const { o, c } = (chunk ?? {}) as { o?: unknown; c?: unknown };
    if (!Number.isSafeInteger(o) || (o as number) < 0 || typeof c !== 'string') throw new Error('A message of the file topic is not an HCS-1 chunk {"o","c"}.');
    if (pieces.has(o as number)) throw new Error(`The file topic holds chunk ${o as number} twice.`);
    pieces.set(o as number, c);
  }
  for (let i = 0; i < pieces.size; i++) if (!pieces.has(i)) throw new Error(`The file topic lacks chunk ${i} of ${pieces.size}.`);
  const data = [...pieces.keys()].sort((a, b) => a - b).map((i) => pieces.get(i)!).join('');
  const match = /^data:([^;,]+);base64,([A-Za-z0-9+/=]*)$/.exec(data);
  if (!match) throw new Error('The file topic’s data does not start with data:<media type>;base64, or is not base64.');
  return { mediaType: match[1]!, base64: match[2]! };
}

/** What a Laurel `register` message says besides the file topic: in HCS-2's memo field `m`. */
export interface RegistryEntry {
  fileTopicId: string;
  designId: string;
  version: number;
  sha256: string;
}

const ENTRY_MEMO = /^laurel\.publication\/1 design=(\S+) version=(\d+) sha256=([0-9a-f]{64})$/;

export function registerMessage(entry: RegistryEntry): string {
  const message = JSON.stringify({
    p: 'hcs-2',
    op: 'register',
    t_id: entry.fileTopicId,
    metadata: `hcs://1/${entry.fileTopicId}`,
    m: `laurel.publication/1 design=${encodeURIComponent(entry.designId)} version=${entry.version} sha256=${entry.sha256}`,
  });
  // ASCII throughout (the design id is percent-encoded), so its length is its size in bytes.
  if (message.length > MAX_MESSAGE_BYTES) throw new Error('The design id is too long for a registry entry.');
  return message;
}

/** A registry message as Laurel's: undefined for messages of other tools or other operations. */
export function parseRegisterMessage(text: string): RegistryEntry | undefined {
  let message: { p?: unknown; op?: unknown; t_id?: unknown; m?: unknown };
  try {
    message = JSON.parse(text) as typeof message;
  } catch {
    return undefined;
  }
  if (message?.p !== 'hcs-2' || message.op !== 'register' || typeof message.t_id !== 'string' || typeof message.m !== 'string') return undefined;
  const match = ENTRY_MEMO.exec(message.m);
  if (!match) return undefined;
  return { fileTopicId: message.t_id, designId: decodeURIComponent(match[1]!), version: Number(match[2]), sha256: match[3]! };
}
