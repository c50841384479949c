import { describe, expect, it } from 'vitest';
import { createTopicUsage, keyStorageBytes, singleSignature, submitMessageUsage } from './consensusFeeUsage';
import { feeInTinybars, feeInTinycents, tinycentsToUsd, type FeeData, type ResourcePrices } from './feeFormula';
import { publishedPricing, schedulePricing, TOPIC_AUTO_RENEW_SECONDS } from './feeEstimate';

// Mainnet's DEFAULT prices for the two transactions (thousandths of a tinycent), hiero-consensus-node
// hedera-node/configuration/mainnet/upgrade/feeSchedules.json: constant, bpt, vpt, rbh, sbh, gas, bpr, sbpr.
type Row = [number, number, number, number, number, number, number, number];
const component = ([constant, bpt, vpt, rbh, sbh, gas, bpr, sbpr]: Row): ResourcePrices => ({
  min: 0n,
  max: 1_000_000_000_000_000n,
  ...{ constant: BigInt(constant), bpt: BigInt(bpt), vpt: BigInt(vpt), rbh: BigInt(rbh), sbh: BigInt(sbh), gas: BigInt(gas), bpr: BigInt(bpr), sbpr: BigInt(sbpr) },
});
const fees = (node: Row, rest: Row): FeeData<ResourcePrices> => ({ nodedata: component(node), networkdata: component(rest), servicedata: component(rest) });
const CREATE_TOPIC = fees([921577366, 1473326, 3683315100, 982, 74, 9822, 1473326, 36833], [14745237852, 23573217, 58933041595, 15715, 1179, 157155, 23573217, 589330]);
const SUBMIT_MESSAGE = fees([59685200, 95419, 238546872, 64, 5, 636, 95419, 2385], [1193703997, 1908375, 4770937438, 1272, 95, 12722, 1908375, 47709]);
const ED25519 = singleSignature('ED25519');

describe('the signature map the fee counts', () => {
  it('is one pair of the whole public key and a 64-byte signature', () => {
    // pair = (tag + length + 32-byte prefix) + (tag + length + 64) = 34 + 66; map = tag + length + 100
    expect(ED25519).toEqual({ signatures: 1, signatureMapBytes: 102, payerKeys: 1 });
    expect(singleSignature('ECDSA_SECP256K1').signatureMapBytes).toBe(103); // a 33-byte compressed key
  });
});

describe("Hedera's fee formula, worked by hand from the consensus node's usage estimators", () => {
  it('prices a 1,024-byte ConsensusSubmitMessage signed by one Ed25519 key', () => {
    const usage = submitMessageUsage({ memoBytes: 0, messageBytes: 1024 }, ED25519);
    // bpt = 76 (basic body) + 102 (signature map) + 24 (topic id) + 1024; receipts kept 180 s: network
    // (36 + 8 + 48) × 180 = 16,560 byte-s = 4 byte-hours, service record 132 × 180 = 23,760 = 6 byte-hours.
    expect(usage).toEqual({
      nodedata: { constant: 1n, bpt: 1226n, vpt: 1n, bpr: 4n },
      networkdata: { constant: 1n, bpt: 1226n, vpt: 1n, rbh: 4n },
      servicedata: { constant: 1n, rbh: 6n },
    });
    const fee = feeInTinycents(SUBMIT_MESSAGE, usage);
    // node:    (59,685,200 + 1226 × 95,419 + 4 × 95,419 + 238,546,872) / 1000 = 415,597.442
    // network: (1,193,703,997 + 1226 × 1,908,375 + 4,770,937,438 + 4 × 1,272) / 1000 = 8,304,314.273
    // service: (1,193,703,997 + 6 × 1,272) / 1000 = 1,193,711.629
    expect(fee).toEqual({ node: 415_597n, network: 8_304_314n, service: 1_193_711n, total: 9_913_622n });
    expect(tinycentsToUsd(fee.total)).toBeCloseTo(0.0009913622, 12);
    // At 12 cents to the hbar, each component rounded down: 34,633 + 692,026 + 99,475.
    expect(feeInTinybars(fee, { hbarEquiv: 1, centEquiv: 12 })).toBe(826_134n);
  });

  it('prices a ConsensusCreateTopic with a 64-byte memo, a submit key and the payer as auto-renew account', () => {
    const usage = createTopicUsage({ memoBytes: 0, topicMemoBytes: 64, keyBytes: keyStorageBytes(1), hasAutoRenewAccount: true, autoRenewPeriodSeconds: TOPIC_AUTO_RENEW_SECONDS }, ED25519);
    // Variable fields 64 + 32 + 24 = 120; bpt = 76 + 120 + 8 (auto-renew period) + 102 = 306. The topic's
    // 220 bytes (24 + 24 + 4 + 48 + 120) for 7,776,000 s, plus the record's 132 × 180: 475,206 byte-hours.
    expect(usage).toEqual({
      nodedata: { constant: 1n, bpt: 306n, vpt: 1n, bpr: 4n },
      networkdata: { constant: 1n, bpt: 306n, vpt: 1n, rbh: 3n },
      servicedata: { constant: 1n, rbh: 475_206n },
    });
    // node:    (921,577,366 + 306 × 1,473,326 + 4 × 1,473,326 + 3,683,315,100) / 1000 = 5,061,623.526
    // network: (14,745,237,852 + 306 × 23,573,217 + 58,933,041,595 + 3 × 15,715) / 1000 = 80,891,730.994
    // service: (14,745,237,852 + 475,206 × 15,715) / 1000 = 22,213,100.142
    expect(feeInTinycents(CREATE_TOPIC, usage)).toEqual({ node: 5_061_623n, network: 80_891_730n, service: 22_213_100n, total: 108_166_453n });
  });

  it('clamps a component to its min and max, and never rounds a non-zero fee down to nothing', () => {
    const usage = submitMessageUsage({ memoBytes: 0, messageBytes: 10 }, ED25519);
    const clamped: FeeData<ResourcePrices> = {
      nodedata: { ...SUBMIT_MESSAGE.nodedata, min: 5_000_000_000n },
      networkdata: { ...SUBMIT_MESSAGE.networkdata, max: 2_000_000n },
      servicedata: { ...component([1, 0, 0, 0, 0, 0, 0, 0]) },
    };
    expect(feeInTinycents(clamped, usage)).toEqual({ node: 5_000_000n, network: 2_000n, service: 1n, total: 5_002_001n });
  });
});

describe("a plan's pricing", () => {
  it('prices each transaction from the schedule for the signer’s key type', () => {
    const pricing = schedulePricing({ createTopic: CREATE_TOPIC, submitMessage: SUBMIT_MESSAGE }, 'ED25519');
    expect(pricing.source).toBe('fee-schedule');
    expect(pricing.submitMessageUsd(1024)).toBeCloseTo(0.0009913622, 12);
    expect(pricing.createTopicUsd(64)).toBeCloseTo(0.0108166453, 12);
    // A secp256k1 signature map is one byte longer: one more byte for the node and the network.
    const ecdsa = schedulePricing({ createTopic: CREATE_TOPIC, submitMessage: SUBMIT_MESSAGE }, 'ECDSA_SECP256K1');
    expect(ecdsa.submitMessageUsd(1024) - pricing.submitMessageUsd(1024)).toBeCloseTo((95 + 1908) * 1e-10, 12);
  });

  it('falls back to the published prices, and says so', () => {
    expect(publishedPricing.source).toBe('published-prices');
    expect(publishedPricing.createTopicUsd(64)).toBe(0.01);
    expect(publishedPricing.submitMessageUsd(1024)).toBe(0.0008);
  });
});
