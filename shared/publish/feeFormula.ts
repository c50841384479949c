/**
 * Hedera's resource-priced fee formula (the schedule in system file 0.0.111): a price for each resource a
 * transaction uses, times how much of it the transaction uses, summed per component (the node that took
 * it, the network, the service). Prices are in thousandths of a tinycent (1 USD = 100 cents = 10¹⁰
 * tinycents); the network converts each component to tinybars at its exchange rate.
 *
 * Read from the consensus node's `FeeBuilder.getComponentFeeInTinyCents` and `OverflowCheckingCalc`
 * (hiero-consensus-node, hapi-utils and hapi-fees): both sum price × usage, clamp to [min, max], and divide
 * by 1000 without letting a non-zero fee round down to nothing. All integer arithmetic, as there, so the
 * local ledger charges exactly what this computes.
 */

/** bytes per transaction, verifications per transaction, RAM and storage byte-hours, EVM gas, bytes per response (memory and disk). */
export const RESOURCES = ['constant', 'bpt', 'vpt', 'rbh', 'sbh', 'gas', 'bpr', 'sbpr'] as const;
export type Resource = (typeof RESOURCES)[number];

/** One component's prices, in thousandths of a tinycent per unit; `tv` (hbar transferred) is left out: HCS moves none. */
export type ResourcePrices = Record<Resource | 'min' | 'max', bigint>;
/** How much of each resource a transaction uses in one component; what is missing is none. */
export type ResourceUsage = Partial<Record<Resource, bigint>>;

export interface FeeData<T> {
  nodedata: T;
  networkdata: T;
  servicedata: T;
}

export interface FeeInTinycents {
  node: bigint;
  network: bigint;
  service: bigint;
  total: bigint;
}

export interface ExchangeRate {
  hbarEquiv: number;
  centEquiv: number;
}

export const TINYCENTS_PER_USD = 10_000_000_000n;
const FEE_DIVISOR_FACTOR = 1000n;

function componentTinycents(prices: ResourcePrices, usage: ResourceUsage): bigint {
  let nominal = 0n;
  for (const resource of RESOURCES) nominal += prices[resource] * (usage[resource] ?? 0n);
  if (nominal < prices.min) nominal = prices.min;
  else if (nominal > prices.max) nominal = prices.max;
  if (nominal === 0n) return 0n;
  const tinycents = nominal / FEE_DIVISOR_FACTOR;
  return tinycents > 0n ? tinycents : 1n;
}

/** The fee of a transaction that uses `usage`, at `prices`, before any congestion multiplier (1 when the network is not congested). */
export function feeInTinycents(prices: FeeData<ResourcePrices>, usage: FeeData<ResourceUsage>): FeeInTinycents {
  const node = componentTinycents(prices.nodedata, usage.nodedata);
  const network = componentTinycents(prices.networkdata, usage.networkdata);
  const service = componentTinycents(prices.servicedata, usage.servicedata);
  return { node, network, service, total: node + network + service };
}

/** What the network charges in tinybars: each component converted on its own, rounding down, as the node does. */
export function feeInTinybars(fee: FeeInTinycents, rate: ExchangeRate): bigint {
  const toTinybars = (tinycents: bigint) => (tinycents * BigInt(rate.hbarEquiv)) / BigInt(rate.centEquiv);
  return toTinybars(fee.node) + toTinybars(fee.network) + toTinybars(fee.service);
}

export const tinycentsToUsd = (tinycents: bigint): number => Number(tinycents) / Number(TINYCENTS_PER_USD);
