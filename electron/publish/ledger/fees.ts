import type { TransactionName } from './ledgerState';
import { FUNDING_ACCOUNT_ID } from './localNodeDefaults';

/** The exchange rate every receipt reports: 12 US cents to the hbar. */
export const EXCHANGE_RATE = { hbarEquiv: 1, centEquiv: 12 };

/**
 * A flat fee per transaction, in tinybars: the mainnet USD prices ($0.01 to create a topic, $0.0001 to
 * submit a message) at EXCHANGE_RATE. Enough to exercise INSUFFICIENT_TX_FEE and balances, not a fee model.
 */
export const TRANSACTION_FEES: Readonly<Record<TransactionName, bigint>> = {
  CONSENSUSCREATETOPIC: 8_333_333n,
  CONSENSUSSUBMITMESSAGE: 83_333n,
};

/** Where a charged fee goes: a tenth to the node that took the transaction, the rest to the funding account. */
export function feeTransfers(payer: string, node: string, fee: bigint): { account: string; amount: bigint }[] {
  const nodeShare = fee / 10n;
  const transfers = [
    { account: payer, amount: -fee },
    { account: node, amount: nodeShare },
    { account: FUNDING_ACCOUNT_ID, amount: fee - nodeShare },
  ];
  // The mirror node lists transfers by account number.
  return transfers.sort((a, b) => Number(a.account.split('.')[2]) - Number(b.account.split('.')[2]));
}
