/**
 * HIP-1261 "simple fees": the schedule a network keeps as JSON in system file 0.0.113 (the legacy
 * resource-priced schedule stays in 0.0.111 but is no longer updated). Every amount is in tinycents
 * (1 USD = 10¹⁰). The shape read here is the one the consensus node loads, which differs from the HIP's
 * illustrative snippets: extras are named by the `Extra` enum (`SIGNATURES`, `PROCESSING_BYTES`, `KEYS`,
 * `STATE_BYTES`, …) and a service's transactions sit in `schedule` (hiero-consensus-node
 * `hedera-node/configuration/mainnet/upgrade/simpleFeesSchedules.json` at 60849baa9a8154f6fcc64727ad048a5b225a5823;
 * hiero-improvement-proposals `HIP/hip-1261.md` at c264c3302a3c886d474c3f2ae7c73ab2635b72af, "Configuration").
 *
 * Only what pricing Laurel's two transactions needs is kept; fields this code does not use (high-volume
 * curves, queries, the unreadable fee) are ignored, so a schedule that grows them still decodes.
 */

/** A transaction's service fee: a base, and the extras it is charged for beyond what the base includes. */
export interface ServiceFeeDefinition {
  baseFee: bigint;
  /** Extra name → how many units the base fee includes. */
  extras: ReadonlyMap<string, number>;
}

export interface SimpleFeeSchedule {
  /** Extra name → its price per unit, in tinycents. */
  extraFees: ReadonlyMap<string, bigint>;
  /** The node fee, the same for every transaction. */
  node: ServiceFeeDefinition;
  /** The network fee is the node fee times this. */
  networkMultiplier: number;
  /** Transaction name (HAPI's, e.g. `ConsensusSubmitMessage`) → its service fee. */
  transactions: ReadonlyMap<string, ServiceFeeDefinition>;
}

/** The transactions a schedule must price for Laurel to use it. */
export const LAUREL_TRANSACTIONS = ['ConsensusCreateTopic', 'ConsensusSubmitMessage'] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Protobuf-JSON writes 64-bit integers as numbers or strings; anything else (or a negative) is not a fee. */
function tinycents(value: unknown): bigint | undefined {
  if (value === undefined) return 0n; // proto3: an omitted amount is zero
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value === 'string' && /^\d+$/.test(value)) return BigInt(value);
  return undefined;
}

function count(value: unknown): number | undefined {
  if (value === undefined) return 0;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function feeDefinition(entry: Json): ServiceFeeDefinition | undefined {
  if (entry.free === true) return { baseFee: 0n, extras: new Map() }; // the HIP: base and extras are then ignored
  const baseFee = tinycents(entry.baseFee);
  if (baseFee === undefined) return undefined;
  const extras = new Map<string, number>();
  for (const ref of list(entry.extras)) {
    if (!isObject(ref) || typeof ref.name !== 'string') return undefined;
    const included = count(ref.includedCount);
    if (included === undefined) return undefined;
    extras.set(ref.name, included);
  }
  return { baseFee, extras };
}

/**
 * Decodes file 0.0.113's text. Undefined when it is not a schedule that prices both of Laurel's
 * transactions with extras it defines: then the network's price cannot be known from it.
 */
export function decodeSimpleFeeSchedule(text: string): SimpleFeeSchedule | undefined {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(root) || !isObject(root.node) || !isObject(root.network)) return undefined;
  const multiplier = root.network.multiplier;
  if (typeof multiplier !== 'number' || !Number.isSafeInteger(multiplier) || multiplier < 1) return undefined;

  const extraFees = new Map<string, bigint>();
  for (const extra of list(root.extras)) {
    if (!isObject(extra) || typeof extra.name !== 'string') return undefined;
    const fee = tinycents(extra.fee);
    if (fee === undefined) return undefined;
    extraFees.set(extra.name, fee);
  }
  const node = feeDefinition(root.node);
  if (!node) return undefined;

  const transactions = new Map<string, ServiceFeeDefinition>();
  for (const service of list(root.services)) {
    if (!isObject(service)) return undefined;
    for (const entry of list(service.schedule)) {
      if (!isObject(entry) || typeof entry.name !== 'string') return undefined;
      const definition = feeDefinition(entry);
      if (!definition) return undefined;
      transactions.set(entry.name, definition);
    }
  }

  const referenced = [node, ...LAUREL_TRANSACTIONS.map((name) => transactions.get(name))];
  if (referenced.some((definition) => !definition || [...definition.extras.keys()].some((name) => !extraFees.has(name)))) return undefined;
  return { extraFees, node, networkMultiplier: multiplier, transactions };
}
