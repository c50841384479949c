import { createRequire } from 'node:module';
import path from 'node:path';
import protobuf from 'protobufjs';

/**
 * Hedera's protobuf API (HAPI), loaded from the .proto files that the SDK's own proto package ships
 * (`@hiero-ledger/proto/src/proto`), so the local ledger speaks exactly the messages the SDK sends. Nothing
 * here is hand-written: the shapes below only name, for TypeScript, the fields this ledger reads and writes.
 */
export interface HederaProtos {
  root: protobuf.Root;
  Transaction: protobuf.Type;
  SignedTransaction: protobuf.Type;
  TransactionBody: protobuf.Type;
  TransactionResponse: protobuf.Type;
  Query: protobuf.Type;
  Response: protobuf.Type;
  Key: protobuf.Type;
  TransactionID: protobuf.Type;
  SignatureMap: protobuf.Type;
  /** The contents of system files 0.0.111 and 0.0.112. */
  CurrentAndNextFeeSchedule: protobuf.Type;
  ExchangeRateSet: protobuf.Type;
  /** The gRPC services this ledger answers on, by full name (`proto.ConsensusService`). */
  services: ReadonlyMap<string, protobuf.Service>;
}

/** The services the SDK reaches for topics, receipts and the fee schedule; others are not registered (gRPC UNIMPLEMENTED). */
export const SERVED_SERVICES = ['proto.ConsensusService', 'proto.CryptoService', 'proto.NetworkService', 'proto.FileService'] as const;

const ENTRY_FILES = [
  'services_consensus_service.proto',
  'services_crypto_service.proto',
  'services_network_service.proto',
  'services_file_service.proto',
  'services_exchange_rate.proto',
  'services_transaction_contents.proto',
];

/** Where the SDK's proto package keeps its .proto files; it is the SDK's dependency, so resolve it from there. */
export function protoDirectory(): string {
  const requireHere = createRequire(import.meta.url);
  const sdkManifest = requireHere.resolve('@hiero-ledger/sdk/package.json');
  const protoManifest = createRequire(sdkManifest).resolve('@hiero-ledger/proto/package.json');
  return path.join(path.dirname(protoManifest), 'src', 'proto');
}

let loaded: HederaProtos | undefined;

export function hederaProtos(): HederaProtos {
  if (loaded) return loaded;
  const dir = protoDirectory();
  const root = new protobuf.Root();
  root.loadSync(ENTRY_FILES.map((file) => path.join(dir, file)));
  root.resolveAll();
  const codes = root.lookupEnum('proto.ResponseCodeEnum').values;
  const missing = RESPONSE_CODES.filter((code) => codes[code] === undefined);
  if (missing.length > 0) throw new Error(`The SDK's protos have no response code ${missing.join(', ')}`);
  loaded = {
    root,
    Transaction: root.lookupType('proto.Transaction'),
    SignedTransaction: root.lookupType('proto.SignedTransaction'),
    TransactionBody: root.lookupType('proto.TransactionBody'),
    TransactionResponse: root.lookupType('proto.TransactionResponse'),
    Query: root.lookupType('proto.Query'),
    Response: root.lookupType('proto.Response'),
    Key: root.lookupType('proto.Key'),
    TransactionID: root.lookupType('proto.TransactionID'),
    SignatureMap: root.lookupType('proto.SignatureMap'),
    CurrentAndNextFeeSchedule: root.lookupType('proto.CurrentAndNextFeeSchedule'),
    ExchangeRateSet: root.lookupType('proto.ExchangeRateSet'),
    services: new Map(SERVED_SERVICES.map((name) => [name, root.lookupService(name)])),
  };
  return loaded;
}

// int64s as decimal strings, enums by name, bytes as Buffers, and the name of each set oneof.
const DECODE_OPTIONS: protobuf.IConversionOptions = { longs: String, enums: String, oneofs: true };

/** Decodes bytes into the plain shape `T`; throws on malformed input, which callers turn into a response code. */
export function decodeMessage<T>(type: protobuf.Type, bytes: Uint8Array): T {
  return type.toObject(type.decode(bytes), DECODE_OPTIONS) as T;
}

export function encodeMessage(type: protobuf.Type, value: object): Buffer {
  return Buffer.from(type.encode(type.fromObject(value)).finish());
}

/** The ResponseCodeEnum names this ledger answers with; checked against the protos when they load. */
export const RESPONSE_CODES = [
  'OK',
  'SUCCESS',
  'UNKNOWN',
  'BUSY',
  'NOT_SUPPORTED',
  'INVALID_TRANSACTION',
  'INVALID_TRANSACTION_BODY',
  'TRANSACTION_OVERSIZE',
  'INVALID_TRANSACTION_ID',
  'INVALID_NODE_ACCOUNT',
  'INVALID_TRANSACTION_START',
  'INVALID_TRANSACTION_DURATION',
  'TRANSACTION_EXPIRED',
  'DUPLICATE_TRANSACTION',
  'MEMO_TOO_LONG',
  'INVALID_ZERO_BYTE_IN_STRING',
  'PAYER_ACCOUNT_NOT_FOUND',
  'INVALID_SIGNATURE',
  'INSUFFICIENT_TX_FEE',
  'INSUFFICIENT_PAYER_BALANCE',
  'RECEIPT_NOT_FOUND',
  'RECORD_NOT_FOUND',
  'INVALID_ACCOUNT_ID',
  'INVALID_TOPIC_ID',
  'INVALID_FILE_ID',
  'INVALID_TOPIC_MESSAGE',
  'MESSAGE_SIZE_TOO_LARGE',
  'INVALID_CHUNK_NUMBER',
  'INVALID_CHUNK_TRANSACTION_ID',
  'BAD_ENCODING',
  'INVALID_AUTORENEW_ACCOUNT',
  'AUTORENEW_DURATION_NOT_IN_RANGE',
] as const;
export type ResponseCode = (typeof RESPONSE_CODES)[number];

// ——— The decoded shapes (DECODE_OPTIONS): every field optional, as proto3 leaves defaults out. ———

export interface TimestampShape {
  seconds?: string;
  nanos?: number;
}
export interface DurationShape {
  seconds?: string;
}
export interface AccountIdShape {
  shardNum?: string;
  realmNum?: string;
  accountNum?: string;
  alias?: Buffer;
}
export interface FileIdShape {
  shardNum?: string;
  realmNum?: string;
  fileNum?: string;
}
export interface TopicIdShape {
  shardNum?: string;
  realmNum?: string;
  topicNum?: string;
}
export interface TransactionIdShape {
  transactionValidStart?: TimestampShape;
  accountID?: AccountIdShape;
  scheduled?: boolean;
  nonce?: number;
}
export interface KeyShape {
  ed25519?: Buffer;
  ECDSASecp256k1?: Buffer;
  keyList?: KeyListShape;
  thresholdKey?: { threshold?: number; keys?: KeyListShape };
  /** Set when the key is one this ledger cannot check (contract ids, RSA, ECDSA P-384). */
  contractID?: object;
  delegatableContractId?: object;
  RSA_3072?: Buffer;
  ECDSA_384?: Buffer;
}
export interface KeyListShape {
  keys?: KeyShape[];
}
export interface SignaturePairShape {
  pubKeyPrefix?: Buffer;
  ed25519?: Buffer;
  ECDSASecp256k1?: Buffer;
}
export interface SignatureMapShape {
  sigPair?: SignaturePairShape[];
}
export interface TransactionShape {
  body?: object;
  sigs?: object;
  sigMap?: SignatureMapShape;
  bodyBytes?: Buffer;
  signedTransactionBytes?: Buffer;
}
export interface SignedTransactionShape {
  bodyBytes?: Buffer;
  sigMap?: SignatureMapShape;
}
export interface ChunkInfoShape {
  initialTransactionID?: TransactionIdShape;
  total?: number;
  number?: number;
}
export interface CreateTopicShape {
  memo?: string;
  adminKey?: KeyShape;
  submitKey?: KeyShape;
  autoRenewPeriod?: DurationShape;
  autoRenewAccount?: AccountIdShape;
  feeScheduleKey?: KeyShape;
  feeExemptKeyList?: KeyShape[];
  customFees?: object[];
}
export interface SubmitMessageShape {
  topicID?: TopicIdShape;
  message?: Buffer;
  chunkInfo?: ChunkInfoShape;
}
export interface TransactionBodyShape {
  transactionID?: TransactionIdShape;
  nodeAccountID?: AccountIdShape;
  transactionFee?: string;
  transactionValidDuration?: DurationShape;
  memo?: string;
  consensusCreateTopic?: CreateTopicShape;
  consensusSubmitMessage?: SubmitMessageShape;
  /** Which transaction the body carries (the `data` oneof). */
  data?: string;
}
export interface QueryHeaderShape {
  payment?: TransactionShape;
  responseType?: 'ANSWER_ONLY' | 'ANSWER_STATE_PROOF' | 'COST_ANSWER' | 'COST_ANSWER_STATE_PROOF';
}
export interface QueryShape {
  transactionGetReceipt?: { header?: QueryHeaderShape; transactionID?: TransactionIdShape; includeDuplicates?: boolean };
  transactionGetRecord?: { header?: QueryHeaderShape; transactionID?: TransactionIdShape; includeDuplicates?: boolean };
  cryptogetAccountBalance?: { header?: QueryHeaderShape; accountID?: AccountIdShape };
  consensusGetTopicInfo?: { header?: QueryHeaderShape; topicID?: TopicIdShape };
  networkGetVersionInfo?: { header?: QueryHeaderShape };
  fileGetContents?: { header?: QueryHeaderShape; fileID?: FileIdShape };
  /** Which query this is (the `query` oneof). */
  query?: string;
}
