import { describe, expect, it } from 'vitest';
import { decodeSimpleFeeSchedule } from './simpleFeeSchedule';

// The layout of file 0.0.113 as the consensus node reads it (Extra enum names, a service's `schedule`).
const schedule = (overrides: Record<string, unknown> = {}) => ({
  node: { baseFee: 100000, extras: [{ name: 'PROCESSING_BYTES', includedCount: 1024 }, { name: 'SIGNATURES', includedCount: 1 }] },
  network: { multiplier: 9 },
  unreadable: { feeValue: 100 },
  extras: [
    { name: 'SIGNATURES', fee: 100000 },
    { name: 'PROCESSING_BYTES', fee: '10000' }, // protobuf-JSON may write 64-bit numbers as strings
    { name: 'KEYS', fee: 100000000 },
    { name: 'STATE_BYTES', fee: 1000000 },
  ],
  services: [
    {
      name: 'Consensus',
      schedule: [
        { name: 'ConsensusCreateTopic', baseFee: 99000000, extras: [{ name: 'KEYS' }], highVolumeRates: { maxMultiplier: 200000, pricingCurve: {} } },
        { name: 'ConsensusSubmitMessage', baseFee: '7000000', extras: [{ name: 'STATE_BYTES', includedCount: 1024 }] },
        { name: 'ConsensusGetTopicInfo', free: true, baseFee: 5 },
      ],
    },
  ],
  ...overrides,
});
const decode = (value: unknown) => decodeSimpleFeeSchedule(JSON.stringify(value));

describe('the simple-fee schedule file 0.0.113', () => {
  it('gives the node fee, the network multiplier, the extras and each transaction by name', () => {
    const decoded = decode(schedule())!;
    expect(decoded.networkMultiplier).toBe(9);
    expect(decoded.node).toEqual({ baseFee: 100_000n, extras: new Map([['PROCESSING_BYTES', 1024], ['SIGNATURES', 1]]) });
    expect(decoded.extraFees.get('PROCESSING_BYTES')).toBe(10_000n);
    expect(decoded.transactions.get('ConsensusSubmitMessage')).toEqual({ baseFee: 7_000_000n, extras: new Map([['STATE_BYTES', 1024]]) });
    // An extra with no includedCount includes none (proto3's default), as the HIP says.
    expect(decoded.transactions.get('ConsensusCreateTopic')!.extras.get('KEYS')).toBe(0);
    expect(decoded.transactions.get('ConsensusGetTopicInfo')).toEqual({ baseFee: 0n, extras: new Map() });
  });

  it('is not a schedule Laurel can price by when it lacks one of its transactions', () => {
    const consensus = schedule().services[0]!;
    expect(decode(schedule({ services: [{ ...consensus, schedule: consensus.schedule.filter((t) => t.name !== 'ConsensusSubmitMessage') }] }))).toBeUndefined();
  });

  it('is refused when a transaction refers to an extra it does not define, or a fee is not a whole non-negative number', () => {
    expect(decode(schedule({ extras: schedule().extras.filter((e) => e.name !== 'STATE_BYTES') }))).toBeUndefined();
    expect(decode(schedule({ extras: [...schedule().extras, { name: 'GAS', fee: -1 }] }))).toBeUndefined();
    expect(decode(schedule({ extras: [...schedule().extras, { name: 'GAS', fee: 0.5 }] }))).toBeUndefined();
  });

  it('is refused without a network multiplier of at least 1, or when the file is not JSON', () => {
    expect(decode(schedule({ network: {} }))).toBeUndefined();
    expect(decode(schedule({ network: { multiplier: 0 } }))).toBeUndefined();
    expect(decodeSimpleFeeSchedule('\u0008\u0001 protobuf, not JSON')).toBeUndefined();
  });
});
