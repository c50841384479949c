import fs from 'node:fs';
import path from 'node:path';
import { LaurelError } from '../../../shared/api/result';
import type { ResponseCode } from './hederaProtos';
import type { TransactionId } from './ledgerIds';
import { encodeKey } from './signatures';
import { FIRST_FREE_ENTITY_NUM, wellKnownAccounts } from './wellKnownAccounts';

/** What the ledger remembers: accounts, topics and their messages, and every transaction that reached consensus. */
export interface AccountEntry {
  id: string;
  /** The account's key as protobuf `Key` bytes, the form the mirror node reports it in. */
  key: Buffer;
  balance: bigint;
}

export interface TopicEntry {
  id: string;
  memo: string;
  adminKey: Buffer | null;
  submitKey: Buffer | null;
  autoRenewAccount: string | null;
  autoRenewPeriodSeconds: number;
  createdNanos: bigint;
  expirationSeconds: bigint;
  sequenceNumber: bigint;
  runningHash: Buffer;
}

export interface TopicMessageEntry {
  topicId: string;
  sequenceNumber: bigint;
  consensusNanos: bigint;
  message: Buffer;
  runningHash: Buffer;
  runningHashVersion: number;
  payer: string;
  chunk: { initialTransactionId: TransactionId; number: number; total: number } | null;
}

export type TransactionName = 'CONSENSUSCREATETOPIC' | 'CONSENSUSSUBMITMESSAGE';

/** One transaction that reached consensus, successful or not: its record, receipt and mirror-node row. */
export interface ConsensusEntry {
  transactionId: TransactionId;
  name: TransactionName;
  status: ResponseCode;
  consensusNanos: bigint;
  /** SHA-384 of the signed transaction bytes, as the network and the mirror node report it. */
  transactionHash: Buffer;
  memo: string;
  maxFee: bigint;
  chargedFee: bigint;
  validDurationSeconds: number;
  node: string;
  entityId: string | null;
  transfers: { account: string; amount: bigint }[];
  receipt: { topicId?: string; topicSequenceNumber?: bigint; topicRunningHash?: Buffer; topicRunningHashVersion?: number };
}

const FORMAT = 'laurel-local-ledger';
const FORMAT_VERSION = 1;

export class LedgerState {
  readonly accounts = new Map<string, AccountEntry>();
  readonly topics = new Map<string, TopicEntry>();
  /** Each topic's messages in sequence order. */
  readonly messages = new Map<string, TopicMessageEntry[]>();
  /** By `transactionKey`. */
  readonly transactions = new Map<string, ConsensusEntry>();
  nextEntityNum = FIRST_FREE_ENTITY_NUM;
  lastConsensusNanos = 0n;

  static genesis(): LedgerState {
    const state = new LedgerState();
    for (const account of wellKnownAccounts()) {
      state.accounts.set(account.id, { id: account.id, key: encodeKey(account.publicKey), balance: account.balanceTinybars });
    }
    return state;
  }

  /** The consensus time of the next transaction: now, but always after the last one. */
  nextConsensusTime(nowNanos: bigint): bigint {
    this.lastConsensusNanos = nowNanos > this.lastConsensusNanos ? nowNanos : this.lastConsensusNanos + 1n;
    return this.lastConsensusNanos;
  }

  newEntityNum(): number {
    return this.nextEntityNum++;
  }

  toJson(): string {
    const body = {
      format: FORMAT,
      version: FORMAT_VERSION,
      nextEntityNum: this.nextEntityNum,
      lastConsensusNanos: this.lastConsensusNanos,
      accounts: [...this.accounts.values()],
      topics: [...this.topics.values()],
      messages: [...this.messages.values()].flat(),
      transactions: [...this.transactions.entries()],
    };
    return JSON.stringify(body, function (this: Record<string, unknown>, key, value: unknown) {
      const original = this[key];
      if (Buffer.isBuffer(original)) return { $base64: original.toString('base64') };
      if (typeof value === 'bigint') return { $bigint: value.toString() };
      return value;
    });
  }

  static fromJson(text: string): LedgerState {
    const body = JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === 'object' && '$base64' in value) return Buffer.from(String(value.$base64), 'base64');
      if (value && typeof value === 'object' && '$bigint' in value) return BigInt(String(value.$bigint));
      return value;
    }) as {
      format?: string;
      version?: number;
      nextEntityNum: number;
      lastConsensusNanos: bigint;
      accounts: AccountEntry[];
      topics: TopicEntry[];
      messages: TopicMessageEntry[];
      transactions: [string, ConsensusEntry][];
    };
    if (body.format !== FORMAT || body.version !== FORMAT_VERSION) {
      throw new Error(`not a ${FORMAT} file of version ${FORMAT_VERSION}`);
    }
    const state = new LedgerState();
    state.nextEntityNum = body.nextEntityNum;
    state.lastConsensusNanos = body.lastConsensusNanos;
    for (const account of body.accounts) state.accounts.set(account.id, account);
    for (const topic of body.topics) state.topics.set(topic.id, topic);
    for (const message of body.messages) {
      const list = state.messages.get(message.topicId) ?? [];
      list.push(message);
      state.messages.set(message.topicId, list);
    }
    for (const [key, entry] of body.transactions) state.transactions.set(key, entry);
    return state;
  }
}

/** Reads a state file written by `saveLedgerState`; nothing if the file does not exist yet. */
export function loadLedgerState(file: string): LedgerState | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return LedgerState.fromJson(text);
  } catch (error) {
    throw new LaurelError('invalid-document', `${file} is not a ledger state file: ${(error as Error).message}`);
  }
}

/** Writes the whole state beside the file and renames it over, so a crash leaves the old or the new state. */
export function saveLedgerState(file: string, state: LedgerState): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, state.toJson());
  fs.renameSync(temporary, file);
}
