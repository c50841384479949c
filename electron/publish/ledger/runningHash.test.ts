import { describe, expect, it } from 'vitest';
import { INITIAL_RUNNING_HASH, nextRunningHash } from './runningHash';

// Produced by OpenJDK 17's java.io.ObjectOutputStream fed exactly as the consensus node's
// ConsensusSubmitMessageHandler feeds it (writeObject(previous hash), writeLong × 7, writeInt(nanos),
// writeLong(sequence), writeObject(SHA-384(message))), then SHA-384 of the stream — three chained messages.
const JAVA_VECTORS = [
  {
    payer: { shard: 0, realm: 0, num: 2 },
    consensusNanos: 1_700_000_000_123_456_789n,
    sequenceNumber: 1n,
    message: 'hello',
    hash: '84d740cd7d99e22a962a56d92e6af27e2dbbbc5fbb94530800c7d8d27431b32da66a7bcb43ea40214e5f7c288550b6aa',
  },
  {
    payer: { shard: 0, realm: 0, num: 2 },
    consensusNanos: 1_700_000_000_123_456_790n,
    sequenceNumber: 2n,
    message: '',
    hash: '002b83178c3c02d906b08415e5af38e8a80980d34c8c32155e2ab332558f1516b6f4e64e397fabfbca2034f55e494ebc',
  },
  {
    payer: { shard: 0, realm: 0, num: 1002 },
    consensusNanos: 1_700_000_005_000_000_000n,
    sequenceNumber: 3n,
    message: '{"o":0,"c":"data:application/json;base64,eyJhIjoxfQ=="}',
    hash: '892237c4515d913108d50477a949cedaac928e0a50ce9e0605544f463bd2be52f95f609398d27e2178031e37679a9762',
  },
];
const TOPIC = { shard: 0, realm: 0, num: 1001 };

describe('topic running hash, version 3', () => {
  it('matches the hashes Java serialization produces, chained from 48 zero bytes', () => {
    let previous = INITIAL_RUNNING_HASH;
    for (const vector of JAVA_VECTORS) {
      previous = nextRunningHash({ previous, topic: TOPIC, ...vector, message: Buffer.from(vector.message) });
      expect(previous.toString('hex')).toBe(vector.hash);
    }
  });

  it('commits to every input', () => {
    const base = { previous: INITIAL_RUNNING_HASH, topic: TOPIC, ...JAVA_VECTORS[0]!, message: Buffer.from('hello') };
    const hash = nextRunningHash(base).toString('hex');
    const variants = [
      { ...base, payer: { shard: 0, realm: 0, num: 3 } },
      { ...base, topic: { shard: 0, realm: 0, num: 1002 } },
      { ...base, consensusNanos: base.consensusNanos + 1n },
      { ...base, sequenceNumber: 2n },
      { ...base, message: Buffer.from('hellp') },
      { ...base, previous: Buffer.alloc(48, 1) },
    ];
    for (const variant of variants) expect(nextRunningHash(variant).toString('hex')).not.toBe(hash);
  });
});
