import { describe, expect, it } from 'vitest';
import { signedTransactionBytes, singleSignature } from './consensusFeeUsage';
import { feeInTinybars, tinycentsToUsd } from './feeFormula';
import { PUBLISHED_PRICES_USD, simpleSchedulePricing } from './feeEstimate';
import { simpleFeeInTinycents } from './simpleFeeFormula';
import { decodeSimpleFeeSchedule } from './simpleFeeSchedule';

// HIP-1261's own illustration ("Configuration": Extras, Node, Network, Services). The HIP names the node's
// extras Signatures and Bytes; the node's schedule (and so Laurel) names them SIGNATURES and PROCESSING_BYTES.
const HIP_EXAMPLE = JSON.stringify({
  node: { baseFee: 100000, extras: [{ name: 'PROCESSING_BYTES', includedCount: 1024 }, { name: 'SIGNATURES', includedCount: 1 }] },
  network: { multiplier: 9 },
  extras: [{ name: 'SIGNATURES', fee: 100000 }, { name: 'PROCESSING_BYTES', fee: 10000 }, { name: 'Keys', fee: 10000000 }],
  services: [
    { name: 'CryptoService', schedule: [{ name: 'CryptoCreate', baseFee: 499000000, extras: [{ name: 'Keys', includedCount: 1 }] }] },
    {
      name: 'ConsensusService',
      schedule: [
        { name: 'ConsensusCreateTopic', baseFee: 1, extras: [] },
        { name: 'ConsensusSubmitMessage', baseFee: 1, extras: [] },
      ],
    },
  ],
});

// Mainnet's figures for the consensus service (hiero-consensus-node
// hedera-node/configuration/mainnet/upgrade/simpleFeesSchedules.json at 60849baa9a8154f6fcc64727ad048a5b225a5823).
const MAINNET = JSON.stringify({
  node: { baseFee: 100000, extras: [{ name: 'PROCESSING_BYTES', includedCount: 1024 }, { name: 'SIGNATURES', includedCount: 1 }] },
  network: { multiplier: 9 },
  unreadable: { feeValue: 100 },
  extras: [
    { name: 'SIGNATURES', fee: 100000 },
    { name: 'STATE_BYTES', fee: 1000000 },
    { name: 'PROCESSING_BYTES', fee: 10000 },
    { name: 'KEYS', fee: 100000000 },
    { name: 'CONSENSUS_SUBMIT_MESSAGE_WITH_CUSTOM_FEE', fee: 492000000 },
  ],
  services: [
    {
      name: 'Consensus',
      schedule: [
        { name: 'ConsensusCreateTopic', baseFee: 99000000, extras: [{ name: 'KEYS', includedCount: 0 }], highVolumeRates: { maxMultiplier: 200000 } },
        { name: 'ConsensusSubmitMessage', baseFee: 7000000, extras: [{ name: 'STATE_BYTES', includedCount: 1024 }, { name: 'CONSENSUS_SUBMIT_MESSAGE_WITH_CUSTOM_FEE', includedCount: 0 }] },
        { name: 'ConsensusGetTopicInfo', free: true },
      ],
    },
  ],
});

const hip = decodeSimpleFeeSchedule(HIP_EXAMPLE)!;
const mainnet = decodeSimpleFeeSchedule(MAINNET)!;

describe('the HIP-1261 formula, worked by hand', () => {
  it('gives the HIP\'s basic CryptoCreate: 100,000 + 900,000 + 499,000,000 tinycents', () => {
    expect(simpleFeeInTinycents(hip, 'CryptoCreate', { signatures: 1, signedTransactionBytes: 150, serviceExtras: { Keys: 1 } })).toEqual({
      node: 100_000n,
      network: 900_000n,
      service: 499_000_000n,
      total: 500_000_000n,
    });
    // Two keys and two signatures: one of each beyond what is included, so + 10,000,000 and + 100,000 (× 10 with the network).
    expect(simpleFeeInTinycents(hip, 'CryptoCreate', { signatures: 2, signedTransactionBytes: 150, serviceExtras: { Keys: 2 } })!.total).toBe(200_000n + 1_800_000n + 509_000_000n);
    // 1,100 bytes: 76 beyond the 1,024 included, at 10,000 each, on the node fee and nine times over on the network's.
    expect(simpleFeeInTinycents(hip, 'CryptoCreate', { signatures: 1, signedTransactionBytes: 1100, serviceExtras: { Keys: 1 } })!.node).toBe(100_000n + 760_000n);
  });

  it("prices mainnet's ConsensusSubmitMessage at the published $0.0008 while the signed transaction stays within 1,024 bytes", () => {
    const fee = simpleFeeInTinycents(mainnet, 'ConsensusSubmitMessage', { signatures: 1, signedTransactionBytes: 1000, serviceExtras: { STATE_BYTES: 880 } })!;
    expect(fee).toEqual({ node: 100_000n, network: 900_000n, service: 7_000_000n, total: 8_000_000n });
    expect(tinycentsToUsd(fee.total)).toBe(PUBLISHED_PRICES_USD.submitMessage);
  });

  it('charges a full 1 KB HCS chunk for the signed bytes beyond 1,024: $0.00001 each', () => {
    // 1,024 message bytes signed as 1,224: node 100,000 + 200 × 10,000; network 9 × that; the message itself is within STATE_BYTES' 1,024.
    const fee = simpleFeeInTinycents(mainnet, 'ConsensusSubmitMessage', { signatures: 1, signedTransactionBytes: 1224, serviceExtras: { STATE_BYTES: 1024 } })!;
    expect(fee).toEqual({ node: 2_100_000n, network: 18_900_000n, service: 7_000_000n, total: 28_000_000n });
  });

  it('prices a topic at the published $0.01, and its submit key at $0.01 more', () => {
    expect(simpleFeeInTinycents(mainnet, 'ConsensusCreateTopic', { signatures: 1, signedTransactionBytes: 200, serviceExtras: { KEYS: 0 } })!.total).toBe(100_000_000n);
    expect(tinycentsToUsd(simpleFeeInTinycents(mainnet, 'ConsensusCreateTopic', { signatures: 1, signedTransactionBytes: 200, serviceExtras: { KEYS: 1 } })!.total)).toBe(0.02);
  });

  it('converts each component to tinybars on its own, rounding down, at 12 cents to the hbar', () => {
    const fee = simpleFeeInTinycents(mainnet, 'ConsensusSubmitMessage', { signatures: 1, signedTransactionBytes: 1000, serviceExtras: {} })!;
    // 100,000 / 12 = 8,333; 900,000 / 12 = 75,000; 7,000,000 / 12 = 583,333
    expect(feeInTinybars(fee, { hbarEquiv: 1, centEquiv: 12 })).toBe(8_333n + 75_000n + 583_333n);
  });

  it('has no price for a transaction the schedule does not list', () => {
    expect(simpleFeeInTinycents(mainnet, 'CryptoTransfer', { signatures: 1, signedTransactionBytes: 100, serviceExtras: {} })).toBeUndefined();
  });
});

describe("pricing Laurel's steps by a simple-fee schedule", () => {
  it('counts one signature, the signed size it is given, and the topic\'s submit key', () => {
    const sizes = { createTopic: (memo: number) => 160 + memo, submitMessage: (message: number) => 200 + message };
    const pricing = simpleSchedulePricing(mainnet, sizes);
    expect(pricing.source).toBe('simple-fee-schedule');
    expect(pricing.createTopicUsd(40)).toBe(0.02);
    expect(pricing.submitMessageUsd(500)).toBe(0.0008);
    expect(pricing.submitMessageUsd(1024)).toBeCloseTo(0.0008 + 200 * 0.00001, 12);
  });

  it('sizes a signed transaction as its body and one Ed25519 signature, each length-delimited', () => {
    // body: tag + 2-byte length + 1,100; signature map: tag + 1-byte length + 102
    expect(signedTransactionBytes(1100, singleSignature('ED25519'))).toBe(1103 + 104);
  });
});
