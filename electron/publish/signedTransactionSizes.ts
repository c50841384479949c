import { AccountId, Timestamp, TransactionId, type Client, type Transaction } from '@hiero-ledger/sdk';
import { signedTransactionBytes, singleSignature } from '../../shared/publish/consensusFeeUsage';
import type { SignedTransactionSizes } from '../../shared/publish/feeEstimate';
import { laurelTransaction, VALID_DURATION_S } from './outbox/ledgerGateway';
import type { Operator } from './operator';

// What is not known before sending is sized at its longest protobuf varint, so the estimate never runs
// under: a valid start's nanoseconds (5 bytes from 268,435,456, as most are) and a topic number (5 bytes
// up to 34,359,738,367; mainnet's entities are in the tens of millions, 4 bytes).
const LONGEST_NANOS = 999_999_999;
const LONGEST_TOPIC = '0.0.34359738367';

/**
 * The `SignedTransaction` length of each of Laurel's transactions, built by the outbox's own `laurelTransaction`
 * with the same client defaults and valid duration, and signed by the operator alone; the
 * body is the SDK's own encoding of it, the signature map is sized by the key type.
 */
export function signedTransactionSizes(client: Client, operator: Operator): SignedTransactionSizes {
  const payer = AccountId.fromString(operator.accountId);
  const transactionId = TransactionId.withValidStart(payer, new Timestamp(Math.floor(Date.now() / 1000), LONGEST_NANOS));
  const node = Object.values(client.network).map(String)[0];
  const signature = singleSignature(operator.key.type === 'secp256k1' ? 'ECDSA_SECP256K1' : 'ED25519');
  const measure = (transaction: Transaction) => {
    transaction.setTransactionId(transactionId).setTransactionValidDuration(VALID_DURATION_S);
    if (node) transaction.setNodeAccountIds([AccountId.fromString(node)]);
    // Freezing applies the client's (or the SDK's) default maximum fee, which the body carries.
    transaction.freezeWith(client);
    // The body bytes as they will be signed (`bodySize` leaves out a message's chunk info, which the node counts).
    const [body] = transaction.signableNodeBodyBytesList;
    if (!body) throw new Error('the SDK gave no body to sign');
    return signedTransactionBytes(body.signableTransactionBodyBytes.length, signature);
  };
  return {
    // n ASCII characters are n bytes: the sizes asked for.
    createTopic: (topicMemoBytes) => measure(laurelTransaction({ kind: 'create-topic', memo: 'm'.repeat(topicMemoBytes) }, operator)),
    submitMessage: (messageBytes) => measure(laurelTransaction({ kind: 'message', topicId: LONGEST_TOPIC, message: 'm'.repeat(messageBytes) }, operator)),
  };
}
