import type fontkit from '@pdf-lib/fontkit';

/**
 * How @pdf-lib/fontkit's `Subset.encodeStream()` (which pdf-lib reads every embedded font through) is made
 * to cost only the encoding, and that once per glyph set:
 *
 * - It encoded on a timer: fontkit bundles a browser shim of `process.nextTick` built on `setTimeout(…, 0)`
 *   and starts each subset's encoding there, so every font a PDF embeds waited a timer (at least 1 ms in
 *   Node) with the thread idle: a fifth of a certificate's time. The encoding itself is synchronous
 *   (`encode(stream)`): it now runs at once, and the stream returned has already finished, as fontkit's
 *   `SubsetStream` type describes it.
 * - A batch's unchanging text (headings, the issuer, the description) embeds the same glyphs in every file:
 *   the encoded subset, a pure function of the font and its glyph list, is kept per font and glyph list.
 */
interface EncodeStream {
  push(chunk: Uint8Array | null): boolean;
  end(): void;
}

interface SubsetInternals {
  font: object;
  /** The glyph ids included so far, in order; glyph 0 first. */
  glyphs: number[];
  encode(stream: EncodeStream): void;
  encodeStream(): fontkit.SubsetStream;
}

type DataListener = (data: Uint8Array) => unknown;

/** 'data' for each chunk, then 'end', on a microtask: after the caller has added its listeners, in any order. */
function finishedStream(chunks: readonly Uint8Array[]): fontkit.SubsetStream {
  const onData: DataListener[] = [];
  const onEnd: (() => unknown)[] = [];
  void Promise.resolve().then(() => {
    for (const chunk of chunks) for (const listener of onData) listener(chunk);
    for (const listener of onEnd) listener();
  });
  const stream: fontkit.SubsetStream = {
    on(event, listener) {
      // pdf-lib also listens for 'error', which this never emits: encode throws from encodeStream itself.
      if (event === 'data') onData.push(listener);
      else if (event === 'end') onEnd.push(listener as () => unknown);
      return stream;
    },
  };
  return stream;
}

/** Encoded subsets per parsed font, by glyph list; a personalised field adds one a file, hence the bound. */
const encodedByFont = new WeakMap<object, Map<string, readonly Uint8Array[]>>();
const ENCODED_PER_FONT = 64;

function encodeOnce(subset: SubsetInternals, EncodeStream: new () => EncodeStream): readonly Uint8Array[] {
  let encoded = encodedByFont.get(subset.font);
  if (!encoded) encodedByFont.set(subset.font, (encoded = new Map()));
  const key = subset.glyphs.join(' ');
  let chunks = encoded.get(key);
  if (!chunks) {
    const written: Uint8Array[] = [];
    const stream = new EncodeStream();
    // Keep what the encoder writes rather than queue it in the stream: it is all there when encode returns.
    stream.push = (chunk) => {
      if (chunk) written.push(chunk);
      return true;
    };
    subset.encode(stream);
    stream.end();
    if (encoded.size >= ENCODED_PER_FONT) encoded.clear();
    encoded.set(key, (chunks = written));
  }
  return chunks;
}

const patched = new WeakSet<object>();

export function encodeSubsetsAtOnce(font: fontkit.Font): void {
  const proto = Object.getPrototypeOf(font.createSubset()) as SubsetInternals;
  if (patched.has(proto) || typeof proto.encode !== 'function') return;
  // fontkit keeps its EncodeStream class to itself. encodeStream hands out one (here for an encoder that
  // writes nothing; the shim ends it later, unread), and that one's constructor is the class.
  const dummy = { encode() {} } as unknown as SubsetInternals;
  const EncodeStream = (proto.encodeStream.call(dummy) as object).constructor as new () => EncodeStream;
  proto.encodeStream = function (this: SubsetInternals) {
    return finishedStream(encodeOnce(this, EncodeStream));
  };
  patched.add(proto);
}
