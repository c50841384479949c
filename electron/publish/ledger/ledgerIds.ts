import type { AccountIdShape, TimestampShape, TopicIdShape, TransactionIdShape } from './hederaProtos';

/**
 * Entity ids, consensus times and transaction ids, in the forms the ledger keeps (`0.0.1001`, nanoseconds
 * since the epoch as bigint) and the forms the protobufs and the mirror node use.
 */
export interface EntityId {
  shard: number;
  realm: number;
  num: number;
}

export const formatEntityId = ({ shard, realm, num }: EntityId): string => `${shard}.${realm}.${num}`;

/** `0.0.1001`, `0.1001` or `1001`, as the mirror node accepts an entity id in a path. */
export function parseEntityId(text: string): EntityId | undefined {
  const match = /^(?:(\d{1,10})\.)?(?:(\d{1,10})\.)?(\d{1,10})$/.exec(text);
  if (!match) return undefined;
  const parts = [match[1], match[2], match[3]].filter((part): part is string => part !== undefined).map(Number);
  while (parts.length < 3) parts.unshift(0);
  const [shard, realm, num] = parts as [number, number, number];
  return { shard, realm, num };
}

const int = (value: string | undefined): number => Number(value ?? '0');

/** An account id from a protobuf, or nothing for an alias (this ledger has no aliased accounts). */
export function accountIdFromProto(shape: AccountIdShape | undefined): EntityId | undefined {
  if (!shape || shape.alias !== undefined) return undefined;
  return { shard: int(shape.shardNum), realm: int(shape.realmNum), num: int(shape.accountNum) };
}

export const topicIdFromProto = (shape: TopicIdShape): EntityId => ({
  shard: int(shape.shardNum),
  realm: int(shape.realmNum),
  num: int(shape.topicNum),
});

export const accountIdToProto = ({ shard, realm, num }: EntityId) => ({ shardNum: shard, realmNum: realm, accountNum: num });
export const topicIdToProto = ({ shard, realm, num }: EntityId) => ({ shardNum: shard, realmNum: realm, topicNum: num });

// ——— Time: nanoseconds since the epoch. ———

const NANOS_PER_SECOND = 1_000_000_000n;

export const nowNanos = (): bigint => BigInt(Date.now()) * 1_000_000n;

export const timestampToNanos = (shape: TimestampShape | undefined): bigint =>
  BigInt(shape?.seconds ?? '0') * NANOS_PER_SECOND + BigInt(shape?.nanos ?? 0);

export const nanosToTimestamp = (nanos: bigint) => ({
  seconds: (nanos / NANOS_PER_SECOND).toString(),
  nanos: Number(nanos % NANOS_PER_SECOND),
});

export const secondsOf = (nanos: bigint): bigint => nanos / NANOS_PER_SECOND;
export const nanosOfSecond = (nanos: bigint): number => Number(nanos % NANOS_PER_SECOND);

/** The mirror node's `seconds.nnnnnnnnn`. */
export const formatMirrorTimestamp = (nanos: bigint): string =>
  `${secondsOf(nanos)}.${nanosOfSecond(nanos).toString().padStart(9, '0')}`;

/** `seconds` or `seconds.n…` (up to nine digits), as the mirror node accepts a timestamp parameter. */
export function parseMirrorTimestamp(text: string): bigint | undefined {
  const match = /^(\d{1,17})(?:\.(\d{1,9}))?$/.exec(text);
  if (!match) return undefined;
  return BigInt(match[1]!) * NANOS_PER_SECOND + BigInt((match[2] ?? '0').padEnd(9, '0'));
}

// ——— Transaction ids. ———

export interface TransactionId {
  payer: EntityId;
  validStartNanos: bigint;
  scheduled: boolean;
  nonce: number;
}

export function transactionIdFromProto(shape: TransactionIdShape | undefined): TransactionId | undefined {
  const payer = accountIdFromProto(shape?.accountID);
  if (!shape?.transactionValidStart || !payer) return undefined;
  return {
    payer,
    validStartNanos: timestampToNanos(shape.transactionValidStart),
    scheduled: shape.scheduled ?? false,
    nonce: shape.nonce ?? 0,
  };
}

export const transactionIdToProto = (id: TransactionId) => ({
  transactionValidStart: nanosToTimestamp(id.validStartNanos),
  accountID: accountIdToProto(id.payer),
  scheduled: id.scheduled,
  nonce: id.nonce,
});

/** The mirror node's form, `0.0.2-1700000000-000000123`, which is also the ledger's key for a transaction. */
export const formatMirrorTransactionId = (id: TransactionId): string =>
  `${formatEntityId(id.payer)}-${secondsOf(id.validStartNanos)}-${nanosOfSecond(id.validStartNanos).toString().padStart(9, '0')}`;

/** Identifies one transaction: the same payer and valid start with another nonce or scheduled flag is another. */
export const transactionKey = (id: TransactionId): string =>
  `${formatMirrorTransactionId(id)}${id.nonce === 0 ? '' : `/${id.nonce}`}${id.scheduled ? '?scheduled' : ''}`;

/** `0.0.2-1700000000-123` (the mirror node's path form; nanoseconds need not be padded). */
export function parseMirrorTransactionId(text: string): Pick<TransactionId, 'payer' | 'validStartNanos'> | undefined {
  const match = /^(\d{1,10})\.(\d{1,10})\.(\d{1,10})-(\d{1,19})-(\d{1,9})$/.exec(text);
  if (!match) return undefined;
  const [, shard, realm, num, seconds, nanos] = match as unknown as [string, string, string, string, string, string];
  return {
    payer: { shard: Number(shard), realm: Number(realm), num: Number(num) },
    validStartNanos: BigInt(seconds) * NANOS_PER_SECOND + BigInt(nanos),
  };
}
