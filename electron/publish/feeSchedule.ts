import { FeeDataType, FeeSchedules, FileContentsQuery, Hbar, RequestType, type FeeComponents, type FeeData as SdkFeeData, type FeeSchedule } from '@hiero-ledger/sdk';
import type { ConsensusFeeSchedule } from '../../shared/publish/feeEstimate';
import type { FeeData, ResourcePrices } from '../../shared/publish/feeFormula';
import type { ResolvedNetwork } from './networkEndpoints';
import type { Operator } from './operator';

/** Hedera's system file holding the current and next fee schedules (`CurrentAndNextFeeSchedule`). */
export const FEE_SCHEDULE_FILE_ID = '0.0.111';
// A plan waits for this at most; the published prices stand in when the node is slower. Each gRPC call
// gets a little less (the SDK wants its deadline under the request timeout).
const QUERY_TIMEOUT_MS = 4000;
const GRPC_DEADLINE_MS = 3000;
// FileGetContents costs a few hundred-thousandths of a dollar; more than this would be a surprise not to pay.
const MAX_QUERY_PAYMENT = new Hbar(1);

/** Schedules read this session, by network key: a schedule changes rarely, and each read is a paid query. */
const cache = new Map<string, ConsensusFeeSchedule>();

/**
 * The network's current prices for Laurel's two transactions, read from file 0.0.111 with one attempt
 * paid by the operator (as Hedera's own tools do); undefined when the node does not answer in time, refuses,
 * or the schedule lacks them. A failure is not remembered: the next plan tries again.
 */
export async function readConsensusFeeSchedule(network: ResolvedNetwork, operator: Operator, now = new Date()): Promise<ConsensusFeeSchedule | undefined> {
  const cached = cache.get(network.key);
  if (cached) return cached;
  const client = network.client();
  try {
    client.setOperator(operator.accountId, operator.key);
    client.setGrpcDeadline(GRPC_DEADLINE_MS).setRequestTimeout(QUERY_TIMEOUT_MS).setMaxAttempts(1).setMaxNodeAttempts(1);
    const query = new FileContentsQuery().setFileId(FEE_SCHEDULE_FILE_ID).setMaxAttempts(1).setMaxQueryPayment(MAX_QUERY_PAYMENT);
    const bytes = await query.execute(client, QUERY_TIMEOUT_MS);
    const schedule = consensusFeeSchedule(bytes, now);
    if (schedule) cache.set(network.key, schedule);
    return schedule;
  } catch {
    return undefined;
  } finally {
    client.close();
  }
}

/** Decodes a `CurrentAndNextFeeSchedule` and takes the schedule in force at `now`. */
export function consensusFeeSchedule(bytes: Uint8Array, now: Date): ConsensusFeeSchedule | undefined {
  const { current, next } = FeeSchedules.fromBytes(bytes);
  // The current schedule's expiry is when the next one takes over.
  const expiry = current?.expirationTime?.toDate();
  const inForce = expiry && expiry <= now && next ? next : current;
  if (!inForce) return undefined;
  const createTopic = defaultFees(inForce, RequestType.ConsensusCreateTopic);
  const submitMessage = defaultFees(inForce, RequestType.ConsensusSubmitMessage);
  return createTopic && submitMessage ? { createTopic, submitMessage } : undefined;
}

function defaultFees(schedule: FeeSchedule, functionality: RequestType): FeeData<ResourcePrices> | undefined {
  const entry = schedule.transactionFeeSchedule?.find((e) => e.hederaFunctionality?._code === functionality._code);
  // Schedules since sub-types list them in `fees`; the older single `feeData` is the DEFAULT one.
  const fees: SdkFeeData | undefined = entry?.fees?.find((f) => (f.feeDataType ?? FeeDataType.Default)._code === FeeDataType.Default._code) ?? entry?.feeData;
  if (!fees?.nodedata || !fees.networkdata || !fees.servicedata) return undefined;
  return { nodedata: prices(fees.nodedata), networkdata: prices(fees.networkdata), servicedata: prices(fees.servicedata) };
}

function prices(c: FeeComponents): ResourcePrices {
  const big = (value: { toString(): string } | undefined) => BigInt(value?.toString() ?? '0');
  return {
    min: big(c.min),
    max: big(c.max),
    constant: big(c.constant),
    bpt: big(c.transactionBandwidthByte),
    vpt: big(c.transactionVerification),
    rbh: big(c.transactionRamByteHour),
    sbh: big(c.transactionStorageByteHour),
    gas: big(c.contractTransactionGas),
    bpr: big(c.responseMemoryByte),
    sbpr: big(c.responseDiskByte),
  };
}

/** For tests: forget what this session has read. */
export function forgetFeeSchedules(): void {
  cache.clear();
}
