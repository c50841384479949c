import crypto from 'node:crypto';
import type { EntityId } from './ledgerIds';

/** The running hash version that Hedera's consensus nodes have written since 2020 (`topicRunningHashVersion`). */
export const RUNNING_HASH_VERSION = 3;

/** A new topic starts from 48 zero bytes (`RUNNING_HASH_BYTE_ARRAY_SIZE` in the consensus node). */
export const INITIAL_RUNNING_HASH: Buffer = Buffer.alloc(48);

export interface RunningHashInput {
  previous: Buffer;
  payer: EntityId;
  topic: EntityId;
  consensusNanos: bigint;
  sequenceNumber: bigint;
  message: Buffer;
}

const sha384 = (data: Buffer): Buffer => crypto.createHash('sha384').update(data).digest();

/*
 * The consensus node (ConsensusSubmitMessageHandler.updateRunningHashAndSequenceNumber) writes the fields
 * listed in the TransactionReceipt proto through a java.io.ObjectOutputStream and hashes the stream's bytes.
 * The proto's comment lists the fields but not that framing, and the hash depends on it:
 *   - the stream header AC ED 00 05;
 *   - `writeObject(byte[])` for the previous hash: TC_ARRAY (75), the class descriptor of `[B` — TC_CLASSDESC (72),
 *     the name "[B", its serialVersionUID, flags SC_SERIALIZABLE, no fields, TC_ENDBLOCKDATA (78), no
 *     superclass TC_NULL (70) — then the array's length and bytes;
 *   - the primitives in one block-data record: TC_BLOCKDATA (77) and a one-byte length, then big-endian
 *     version, payer shard/realm/num, topic shard/realm/num, seconds (8 bytes), nanos (4), sequence number;
 *   - `writeObject(byte[])` for SHA-384(message): TC_ARRAY and a back-reference TC_REFERENCE (71) to handle
 *     0x7E0000, the `[B` descriptor written above, then length and bytes.
 * runningHash.test.ts checks this against hashes that java.io.ObjectOutputStream produced.
 */
const STREAM_HEADER = Buffer.from('aced0005', 'hex');
const BYTE_ARRAY_WITH_CLASS_DESCRIPTOR = Buffer.from('7572' + '00025b42' + 'acf317f8060854e0' + '02' + '0000' + '78' + '70', 'hex');
const BYTE_ARRAY_BY_REFERENCE = Buffer.from('7571' + '007e0000', 'hex');
const TC_BLOCKDATA = 0x77;

function javaByteArray(prefix: Buffer, bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(bytes.length);
  return Buffer.concat([prefix, length, bytes]);
}

/** The topic's running hash after one more message (version 3). */
export function nextRunningHash(input: RunningHashInput): Buffer {
  // version, payer ×3, topic ×3, seconds: eight longs; nanos: an int; then the sequence number.
  const block = Buffer.alloc(8 * 8 + 4 + 8);
  let offset = 0;
  const writeLong = (value: bigint | number) => {
    offset = block.writeBigInt64BE(BigInt(value), offset);
  };
  writeLong(RUNNING_HASH_VERSION);
  writeLong(input.payer.shard);
  writeLong(input.payer.realm);
  writeLong(input.payer.num);
  writeLong(input.topic.shard);
  writeLong(input.topic.realm);
  writeLong(input.topic.num);
  writeLong(input.consensusNanos / 1_000_000_000n);
  offset = block.writeInt32BE(Number(input.consensusNanos % 1_000_000_000n), offset);
  writeLong(input.sequenceNumber);

  return sha384(
    Buffer.concat([
      STREAM_HEADER,
      javaByteArray(BYTE_ARRAY_WITH_CLASS_DESCRIPTOR, input.previous),
      Buffer.from([TC_BLOCKDATA, block.length]),
      block,
      javaByteArray(BYTE_ARRAY_BY_REFERENCE, sha384(input.message)),
    ]),
  );
}
