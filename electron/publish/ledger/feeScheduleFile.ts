import type { FeeData, ResourcePrices } from '../../../shared/publish/feeFormula';
import { encodeMessage, hederaProtos } from './hederaProtos';

/**
 * Mainnet's resource prices (thousandths of a tinycent per unit), DEFAULT sub-type, copied as data from
 * hiero-ledger/hiero-consensus-node `hedera-node/configuration/mainnet/upgrade/feeSchedules.json`
 * (commit 50153aa7c246e23dba062aee6394635ce0e40840), the schedule mainnet loads into file 0.0.111. Only the
 * functions this ledger serves or that a client pays queries with are listed. `gas` is kept, `tv` is zero.
 */
type Row = readonly [constant: number, bpt: number, vpt: number, rbh: number, sbh: number, gas: number, bpr: number, sbpr: number];
const MAX = 1_000_000_000_000_000n;

function component([constant, bpt, vpt, rbh, sbh, gas, bpr, sbpr]: Row): ResourcePrices {
  const big = BigInt;
  return { min: 0n, max: MAX, constant: big(constant), bpt: big(bpt), vpt: big(vpt), rbh: big(rbh), sbh: big(sbh), gas: big(gas), bpr: big(bpr), sbpr: big(sbpr) };
}

// The network and service rows are the same for each of these functions on mainnet.
const fees = (node: Row, network: Row, service: Row = network): FeeData<ResourcePrices> => ({
  nodedata: component(node),
  networkdata: component(network),
  servicedata: component(service),
});

export const MAINNET_FEES = {
  ConsensusCreateTopic: fees([921577366, 1473326, 3683315100, 982, 74, 9822, 1473326, 36833], [14745237852, 23573217, 58933041595, 15715, 1179, 157155, 23573217, 589330]),
  ConsensusSubmitMessage: fees([59685200, 95419, 238546872, 64, 5, 636, 95419, 2385], [1193703997, 1908375, 4770937438, 1272, 95, 12722, 1908375, 47709]),
  FileGetContents: fees([69308, 111, 277006, 0, 0, 1, 111, 3], [1108924, 1773, 4432093, 1, 0, 12, 1773, 44]),
  CryptoTransfer: fees([7574478, 12109, 30273301, 8, 1, 81, 12109, 303], [151489557, 242186, 605466012, 161, 12, 1615, 242186, 6055]),
} as const satisfies Record<string, FeeData<ResourcePrices>>;

/** The fee schedules' expiry: far enough ahead that the current one is always in force here. */
const EXPIRY_SECONDS = '4102444800'; // 2100-01-01

const componentObject = (prices: ResourcePrices) => Object.fromEntries(Object.entries(prices).map(([name, value]) => [name, value.toString()]));

/** File 0.0.111, `CurrentAndNextFeeSchedule` bytes, with the same schedule current and next. */
export function feeScheduleFileBytes(): Buffer {
  const schedule = {
    transactionFeeSchedule: Object.entries(MAINNET_FEES).map(([functionality, data]) => ({
      hederaFunctionality: functionality,
      fees: [{ subType: 'DEFAULT', nodedata: componentObject(data.nodedata), networkdata: componentObject(data.networkdata), servicedata: componentObject(data.servicedata) }],
    })),
    expiryTime: { seconds: EXPIRY_SECONDS },
  };
  return encodeMessage(hederaProtos().CurrentAndNextFeeSchedule, { currentFeeSchedule: schedule, nextFeeSchedule: schedule });
}

/** File 0.0.112, `ExchangeRateSet` bytes. */
export function exchangeRateFileBytes(rates: object): Buffer {
  return encodeMessage(hederaProtos().ExchangeRateSet, rates);
}
