import type { FeeInTinycents } from './feeFormula';
import type { ServiceFeeDefinition, SimpleFeeSchedule } from './simpleFeeSchedule';

/**
 * HIP-1261's fee: node = base + extras (the signed transaction's bytes and its signatures), network = node ×
 * multiplier, service = the transaction's base + its own extras; each extra charges max(0, used − included)
 * units at its price. Integer tinycents throughout, as in the consensus node's `SimpleFeeCalculatorImpl`
 * (`calculateTxFee`, `addNodeExtras`), `ServiceFeeCalculator.addExtraFee` and `FeeResult.add*ExtraFeeTinycents`
 * (hiero-consensus-node, hedera-app and hedera-app-spi, at a55bf7c845a80fa1b824af80609ec35e1de8fc17 and
 * 80af4caaf8ea3030fc03dd2a0909ac1ef82d0f8e). Congestion and high-volume multipliers are left out: they are 1
 * unless the network is congested or the transaction opts into high-volume pricing, which Laurel's do not.
 */

/** What the node counts for every transaction. */
export interface SimpleFeeUsage {
  /** Pairs in the signature map (`sigPair().size()`). */
  signatures: number;
  /** The serialized `SignedTransaction`'s length: body and signature map (`numTxnBytes`). */
  signedTransactionBytes: number;
  /** The transaction's own extras, by the schedule's extra names, e.g. `{ KEYS: 1 }`. */
  serviceExtras: Readonly<Record<string, number>>;
}

/** The node's extras, by the `Extra` enum names the schedule uses. */
export const NODE_EXTRAS = { signatures: 'SIGNATURES', processingBytes: 'PROCESSING_BYTES' } as const;

function componentTinycents(schedule: SimpleFeeSchedule, definition: ServiceFeeDefinition, used: Readonly<Record<string, number>>): bigint {
  let total = definition.baseFee;
  for (const [name, included] of definition.extras) {
    const charged = Math.max(0, (used[name] ?? 0) - included);
    total += BigInt(charged) * (schedule.extraFees.get(name) ?? 0n);
  }
  return total;
}

/** The fee of `transaction` (its HAPI name); undefined when the schedule does not price it. */
export function simpleFeeInTinycents(schedule: SimpleFeeSchedule, transaction: string, usage: SimpleFeeUsage): FeeInTinycents | undefined {
  const service = schedule.transactions.get(transaction);
  if (!service) return undefined;
  const node = componentTinycents(schedule, schedule.node, {
    [NODE_EXTRAS.signatures]: usage.signatures,
    [NODE_EXTRAS.processingBytes]: usage.signedTransactionBytes,
  });
  const network = node * BigInt(schedule.networkMultiplier);
  const serviceFee = componentTinycents(schedule, service, usage.serviceExtras);
  return { node, network, service: serviceFee, total: node + network + serviceFee };
}
