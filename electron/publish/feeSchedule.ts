import { FeeDataType, FeeSchedules, FileContentsQuery, Hbar, RequestType, StatusError, type FeeComponents, type FeeData as SdkFeeData, type FeeSchedule } from '@hiero-ledger/sdk';
import type { ConsensusFeeSchedule } from '../../shared/publish/feeEstimate';
import { decodeSimpleFeeSchedule, type SimpleFeeSchedule } from '../../shared/publish/simpleFeeSchedule';
import type { FeeData, ResourcePrices } from '../../shared/publish/feeFormula';
import type { ResolvedNetwork } from './networkEndpoints';
import type { Operator } from './operator';

/** Hedera's system file holding the legacy current and next fee schedules (`CurrentAndNextFeeSchedule`). */
export const FEE_SCHEDULE_FILE_ID = '0.0.111';
/** HIP-1261's simple-fee schedule (JSON), which networks charge by from v0.73. */
export const SIMPLE_FEE_SCHEDULE_FILE_ID = '0.0.113';
// A plan waits for this at most; the published prices stand in when the node is slower. Each gRPC call
// gets a little less (the SDK wants its deadline under the request timeout).
const QUERY_TIMEOUT_MS = 4000;
const GRPC_DEADLINE_MS = 3000;
// FileGetContents costs a few hundred-thousandths of a dollar; more than this would be a surprise not to pay.
const MAX_QUERY_PAYMENT = new Hbar(1);

/** The schedule a network prices by, as far as Laurel can tell, with the model it belongs to. */
export type NetworkFeeSchedule = { model: 'simple'; schedule: SimpleFeeSchedule } | { model: 'legacy'; schedule: ConsensusFeeSchedule };

/** Schedules read this session, by network key: a schedule changes rarely, and each read is a paid query. */
const cache = new Map<string, NetworkFeeSchedule>();

/**
 * The schedule the network charges Laurel's two transactions by, read with queries the operator pays for
 * (as Hedera's own tools do), one attempt each: file 0.0.113 when the network has a simple-fee schedule
 * that prices them, else file 0.0.111. Undefined when neither can be read in time: the plan then uses
 * published prices. A failure is not remembered: the next plan tries again.
 *
 * A network serves 0.0.113 once it runs v0.73 (`fees.createSimpleFeeSchedule` creates it) and charges by it
 * when `fees.simpleFeesEnabled` is on, which v0.73 made the default; a network that has the file but turned
 * the flag off would be priced here by the wrong model. No network Laurel targets is known to do that.
 */
export async function readNetworkFeeSchedule(network: ResolvedNetwork, operator: Operator, now = new Date()): Promise<NetworkFeeSchedule | undefined> {
  const cached = cache.get(network.key);
  if (cached) return cached;
  const simpleFile = await readSystemFile(network, operator, SIMPLE_FEE_SCHEDULE_FILE_ID);
  // A node that does not answer will not answer the next query either: no second wait.
  if (simpleFile === 'no-answer') return undefined;
  const simple = simpleFile !== 'refused' && decodeSimpleFeeSchedule(new TextDecoder().decode(simpleFile));
  let found: NetworkFeeSchedule | undefined = simple ? { model: 'simple', schedule: simple } : undefined;
  if (!found) {
    const legacyFile = await readSystemFile(network, operator, FEE_SCHEDULE_FILE_ID);
    const legacy = legacyFile instanceof Uint8Array && consensusFeeSchedule(legacyFile, now);
    found = legacy ? { model: 'legacy', schedule: legacy } : undefined;
  }
  if (found) cache.set(network.key, found);
  return found;
}

/** A system file's contents, or whether the node refused (e.g. INVALID_FILE_ID: it has no such file) or did not answer in time. */
async function readSystemFile(network: ResolvedNetwork, operator: Operator, fileId: string): Promise<Uint8Array | 'refused' | 'no-answer'> {
  const client = network.client();
  try {
    client.setOperator(operator.accountId, operator.key);
    client.setGrpcDeadline(GRPC_DEADLINE_MS).setRequestTimeout(QUERY_TIMEOUT_MS).setMaxAttempts(1).setMaxNodeAttempts(1);
    const query = new FileContentsQuery().setFileId(fileId).setMaxAttempts(1).setMaxQueryPayment(MAX_QUERY_PAYMENT);
    return await query.execute(client, QUERY_TIMEOUT_MS);
  } catch (error) {
    return error instanceof StatusError ? 'refused' : 'no-answer';
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
