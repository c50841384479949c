import { decodeSimpleFeeSchedule, type SimpleFeeSchedule } from '../../../shared/publish/simpleFeeSchedule';

/**
 * Mainnet's HIP-1261 simple-fee schedule, the part this ledger charges by: the node and network fees,
 * the extras they and the consensus service use, and the consensus service's transactions. Copied as data
 * (tinycents; names and layout as the node reads them) from hiero-ledger/hiero-consensus-node
 * `hedera-node/configuration/mainnet/upgrade/simpleFeesSchedules.json` at
 * 60849baa9a8154f6fcc64727ad048a5b225a5823, the schedule mainnet loads into file 0.0.113. The genesis
 * default (`hedera-file-service-impl/src/main/resources/genesis/simpleFeesSchedules.json`) differs in
 * PROCESSING_BYTES (100,000 a byte there, 10,000 on mainnet).
 *
 * With it a 1 KB HCS message costs $0.0008 (0.0001 node, 0.0009 network, 0.0007 service) as long as the
 * signed transaction stays within 1,024 bytes, and $0.00001 for each byte beyond.
 */
const MAINNET_SIMPLE_FEES = {
  node: { baseFee: 100000, extras: [{ name: 'PROCESSING_BYTES', includedCount: 1024 }, { name: 'SIGNATURES', includedCount: 1 }] },
  network: { multiplier: 9 },
  unreadable: { feeValue: 100 },
  extras: [
    { name: 'SIGNATURES', fee: 100000 },
    { name: 'STATE_BYTES', fee: 1000000 },
    { name: 'PROCESSING_BYTES', fee: 10000 },
    { name: 'KEYS', fee: 100000000 },
    { name: 'CONSENSUS_CREATE_TOPIC_WITH_CUSTOM_FEE', fee: 19900000000 },
    { name: 'CONSENSUS_SUBMIT_MESSAGE_WITH_CUSTOM_FEE', fee: 492000000 },
  ],
  services: [
    {
      name: 'Consensus',
      schedule: [
        { name: 'ConsensusCreateTopic', baseFee: 99000000, extras: [{ name: 'KEYS', includedCount: 0 }, { name: 'CONSENSUS_CREATE_TOPIC_WITH_CUSTOM_FEE', includedCount: 0 }] },
        { name: 'ConsensusUpdateTopic', baseFee: 1200000, extras: [{ name: 'KEYS', includedCount: 1 }] },
        { name: 'ConsensusSubmitMessage', baseFee: 7000000, extras: [{ name: 'STATE_BYTES', includedCount: 1024 }, { name: 'CONSENSUS_SUBMIT_MESSAGE_WITH_CUSTOM_FEE', includedCount: 0 }] },
        { name: 'ConsensusDeleteTopic', baseFee: 49000000, extras: [] },
        { name: 'ConsensusGetTopicInfo', baseFee: 0, extras: [] },
      ],
    },
  ],
};

/** File 0.0.113: the schedule as the JSON text a network serves. */
export function simpleFeeScheduleFileBytes(): Buffer {
  return Buffer.from(JSON.stringify(MAINNET_SIMPLE_FEES, null, 2));
}

let decoded: SimpleFeeSchedule | undefined;

/** The schedule this ledger charges by in simple-fee mode, decoded as a client decodes the file. */
export function mainnetSimpleFeeSchedule(): SimpleFeeSchedule {
  decoded ??= decodeSimpleFeeSchedule(simpleFeeScheduleFileBytes().toString('utf8'));
  if (!decoded) throw new Error('the local ledger’s simple-fee schedule does not decode');
  return decoded;
}
