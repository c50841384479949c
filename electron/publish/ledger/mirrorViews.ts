import { formatEntityId, formatMirrorTimestamp, formatMirrorTransactionId, type TransactionId } from './ledgerIds';
import type { AccountEntry, ConsensusEntry, TopicEntry, TopicMessageEntry } from './ledgerState';

/*
 * The mirror node REST API's JSON shapes (hiero-mirror-node rest/api/v1/openapi.yml: TopicMessage, Topic,
 * TransactionDetail, Error), built from the ledger's state. Keys are listed alphabetically, as the mirror
 * node's view models write them.
 */

export interface MirrorKey {
  _type: 'ED25519' | 'ECDSA_SECP256K1' | 'ProtobufEncoded';
  key: string;
}

// A primitive key, or a one-key list, or a 1-of-1 threshold of it, is shown as that primitive key
// (the mirror node's utils.encodeKey).
const ED25519_PATTERN = /^(1220|32240a221220|2a28080112240a221220)([a-f0-9]{64})$/;
const ECDSA_PATTERN = /^(3a21|32250a233a21|2a29080112250a233a21)([a-f0-9]{66})$/;

export function mirrorKey(protobufKey: Buffer | null): MirrorKey | null {
  if (protobufKey === null) return null;
  const hex = protobufKey.toString('hex');
  const ed25519 = ED25519_PATTERN.exec(hex);
  if (ed25519) return { _type: 'ED25519', key: ed25519[2]! };
  const ecdsa = ECDSA_PATTERN.exec(hex);
  if (ecdsa) return { _type: 'ECDSA_SECP256K1', key: ecdsa[2]! };
  return { _type: 'ProtobufEncoded', key: hex };
}

export const mirrorError = (message: string, detail?: string) => ({
  _status: { messages: [detail === undefined ? { message } : { message, detail }] },
});

const transactionIdView = (id: TransactionId) => ({
  account_id: formatEntityId(id.payer),
  nonce: id.nonce,
  scheduled: id.scheduled,
  transaction_valid_start: formatMirrorTimestamp(id.validStartNanos),
});

export type MessageEncoding = 'base64' | 'utf-8';

export function topicMessageView(message: TopicMessageEntry, encoding: MessageEncoding = 'base64') {
  return {
    chunk_info: message.chunk && {
      initial_transaction_id: transactionIdView(message.chunk.initialTransactionId),
      number: message.chunk.number,
      total: message.chunk.total,
    },
    consensus_timestamp: formatMirrorTimestamp(message.consensusNanos),
    message: message.message.toString(encoding === 'utf-8' ? 'utf8' : 'base64'),
    payer_account_id: message.payer,
    running_hash: message.runningHash.toString('base64'),
    running_hash_version: message.runningHashVersion,
    sequence_number: Number(message.sequenceNumber),
    topic_id: message.topicId,
  };
}

export function topicView(topic: TopicEntry) {
  const created = formatMirrorTimestamp(topic.createdNanos);
  return {
    admin_key: mirrorKey(topic.adminKey),
    auto_renew_account: topic.autoRenewAccount,
    auto_renew_period: topic.autoRenewPeriodSeconds,
    created_timestamp: created,
    custom_fees: { created_timestamp: created, fixed_fees: [] },
    deleted: false,
    fee_exempt_key_list: [],
    fee_schedule_key: null,
    memo: topic.memo,
    submit_key: mirrorKey(topic.submitKey),
    timestamp: { from: created, to: null },
    topic_id: topic.id,
  };
}

export function transactionView(entry: ConsensusEntry) {
  return {
    batch_key: null,
    bytes: null,
    charged_tx_fee: Number(entry.chargedFee),
    consensus_timestamp: formatMirrorTimestamp(entry.consensusNanos),
    entity_id: entry.entityId,
    max_custom_fees: [],
    max_fee: entry.maxFee.toString(),
    memo_base64: Buffer.from(entry.memo, 'utf8').toString('base64'),
    name: entry.name,
    nft_transfers: [],
    node: entry.node,
    nonce: entry.transactionId.nonce,
    parent_consensus_timestamp: null,
    result: entry.status,
    scheduled: entry.transactionId.scheduled,
    staking_reward_transfers: [],
    token_transfers: [],
    transaction_hash: entry.transactionHash.toString('base64'),
    transaction_id: formatMirrorTransactionId(entry.transactionId),
    transfers: entry.transfers.map(({ account, amount }) => ({ account, amount: Number(amount), is_approval: false })),
    valid_duration_seconds: String(entry.validDurationSeconds),
    valid_start_timestamp: formatMirrorTimestamp(entry.transactionId.validStartNanos),
  };
}

/** `/api/v1/network/exchangerate`: the rate receipts report, now and for the next hour. */
export function exchangeRateView(rate: { hbarEquiv: number; centEquiv: number }) {
  const hour = Math.floor(Date.now() / 3_600_000) * 3600;
  const view = (expires: number) => ({ cent_equivalent: rate.centEquiv, expiration_time: expires, hbar_equivalent: rate.hbarEquiv });
  return { current_rate: view(hour + 3600), next_rate: view(hour + 7200), timestamp: `${hour}.000000000` };
}

/** `/api/v1/accounts/{id}`: the fields a wallet or publisher reads (its key, its balance). */
export function accountView(account: AccountEntry) {
  return {
    account: account.id,
    alias: null,
    balance: { balance: Number(account.balance), timestamp: formatMirrorTimestamp(BigInt(Date.now()) * 1_000_000n), tokens: [] },
    deleted: false,
    evm_address: null,
    key: mirrorKey(account.key),
    memo: '',
  };
}
