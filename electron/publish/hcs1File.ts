import { compress, decompress, init } from '@bokuweb/zstd-wasm';
import { hcs1Chunks, PUBLICATION_MEDIA_TYPE, reassembleHcs1 } from '../../shared/publish/hcs';

// HCS-1 files are zstd-compressed (the standard's only approved algorithm, at its recommended level 10).
// Node 20 has no zstd of its own; the WebAssembly build is loaded once per process.
const ZSTD_LEVEL = 10;
let ready: Promise<void> | undefined;
const zstd = () => (ready ??= init());

/** The HCS-1 messages of a publication's canonical JSON. */
export async function encodeHcs1File(bytes: Uint8Array): Promise<{ chunks: string[]; compressedBytes: number }> {
  await zstd();
  const compressed = compress(Buffer.from(bytes), ZSTD_LEVEL);
  return { chunks: hcs1Chunks(Buffer.from(compressed).toString('base64'), PUBLICATION_MEDIA_TYPE), compressedBytes: compressed.length };
}

/** The file a topic's HCS-1 messages hold, decompressed: throws with what is wrong with them. */
export async function decodeHcs1File(messages: readonly string[]): Promise<{ mediaType: string; bytes: Buffer }> {
  const { mediaType, base64 } = reassembleHcs1(messages);
  await zstd();
  try {
    return { mediaType, bytes: Buffer.from(decompress(Buffer.from(base64, 'base64'))) };
  } catch {
    throw new Error('The file topic’s data is not zstd-compressed data.');
  }
}
