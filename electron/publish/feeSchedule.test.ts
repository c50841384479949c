import { describe, expect, it } from 'vitest';
import { encodeMessage, hederaProtos } from './ledger/hederaProtos';
import { feeScheduleFileBytes, MAINNET_FEES } from './ledger/feeScheduleFile';
import { consensusFeeSchedule } from './feeSchedule';
import { simpleFeeScheduleFileBytes } from './ledger/simpleFeeScheduleFile';
import { decodeSimpleFeeSchedule } from '../../shared/publish/simpleFeeSchedule';

// `CurrentAndNextFeeSchedule` bytes encoded with the .proto files the SDK ships, decoded by the SDK's FeeSchedules.
const component = (constant: number) => ({ min: '0', max: '1000000000000000', constant: String(constant), bpt: '7', vpt: '11', rbh: '13', sbh: '17', gas: '19', tv: '0', bpr: '23', sbpr: '29' });
const feeData = (constant: number, subType?: string) => ({ ...(subType ? { subType } : {}), nodedata: component(constant), networkdata: component(constant * 10), servicedata: component(constant * 100) });
const schedule = (constant: number, expiry: number) => ({
  transactionFeeSchedule: [
    { hederaFunctionality: 'CryptoTransfer', fees: [feeData(1)] },
    { hederaFunctionality: 'ConsensusCreateTopic', fees: [feeData(constant + 1, 'TOPIC_CREATE_WITH_CUSTOM_FEES'), feeData(constant)] },
    // Schedules from before sub-types give the one fee in the deprecated `feeData`.
    { hederaFunctionality: 'ConsensusSubmitMessage', feeData: feeData(constant + 2) },
  ],
  expiryTime: { seconds: String(expiry) },
});
const file = (current: object, next: object) => encodeMessage(hederaProtos().CurrentAndNextFeeSchedule, { currentFeeSchedule: current, nextFeeSchedule: next });
const at = (seconds: number) => new Date(seconds * 1000);

describe('the fee schedule file 0.0.111', () => {
  it('gives the DEFAULT prices of ConsensusCreateTopic and ConsensusSubmitMessage in the current schedule', () => {
    const decoded = consensusFeeSchedule(file(schedule(1000, 2_000_000_000), schedule(5000, 2_100_000_000)), at(1_900_000_000))!;
    expect(decoded.createTopic.nodedata).toEqual({ min: 0n, max: 1_000_000_000_000_000n, constant: 1000n, bpt: 7n, vpt: 11n, rbh: 13n, sbh: 17n, gas: 19n, bpr: 23n, sbpr: 29n });
    expect(decoded.createTopic.servicedata.constant).toBe(100_000n);
    expect(decoded.submitMessage.networkdata.constant).toBe(10_020n);
  });

  it('takes the next schedule once the current one has expired', () => {
    const decoded = consensusFeeSchedule(file(schedule(1000, 2_000_000_000), schedule(5000, 2_100_000_000)), at(2_000_000_001))!;
    expect(decoded.createTopic.nodedata.constant).toBe(5000n);
  });

  it('has nothing to give when the schedule does not price both transactions', () => {
    const partial = { transactionFeeSchedule: [{ hederaFunctionality: 'ConsensusCreateTopic', fees: [feeData(1)] }], expiryTime: { seconds: '2000000000' } };
    expect(consensusFeeSchedule(file(partial, partial), at(1_900_000_000))).toBeUndefined();
  });

  it('reads back the mainnet prices the local ledger serves', () => {
    const decoded = consensusFeeSchedule(feeScheduleFileBytes(), new Date())!;
    expect(decoded).toEqual({ createTopic: MAINNET_FEES.ConsensusCreateTopic, submitMessage: MAINNET_FEES.ConsensusSubmitMessage });
  });
});

describe('the simple-fee schedule file 0.0.113 the local ledger serves', () => {
  it("decodes to mainnet's consensus prices, as a client reads them", () => {
    const decoded = decodeSimpleFeeSchedule(simpleFeeScheduleFileBytes().toString('utf8'))!;
    expect(decoded.node).toEqual({ baseFee: 100_000n, extras: new Map([['PROCESSING_BYTES', 1024], ['SIGNATURES', 1]]) });
    expect(decoded.networkMultiplier).toBe(9);
    expect(decoded.transactions.get('ConsensusCreateTopic')!.baseFee).toBe(99_000_000n);
    expect(decoded.transactions.get('ConsensusSubmitMessage')).toEqual({ baseFee: 7_000_000n, extras: new Map([['STATE_BYTES', 1024], ['CONSENSUS_SUBMIT_MESSAGE_WITH_CUSTOM_FEE', 0]]) });
    expect([...decoded.extraFees].filter(([name]) => ['SIGNATURES', 'PROCESSING_BYTES', 'KEYS', 'STATE_BYTES'].includes(name))).toEqual([
      ['SIGNATURES', 100_000n],
      ['STATE_BYTES', 1_000_000n],
      ['PROCESSING_BYTES', 10_000n],
      ['KEYS', 100_000_000n],
    ]);
  });
});
