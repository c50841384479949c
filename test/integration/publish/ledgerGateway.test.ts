import { AccountId, Client, PrivateKey, TransactionId } from '@hiero-ledger/sdk';
import { describe, expect, it } from 'vitest';
import { LedgerGateway, VALID_DURATION_S } from '../../../electron/publish/outbox/ledgerGateway';
import { OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER } from '../../../electron/publish/ledger/localNodeDefaults';

const nanosOf = (transactionId: string) => {
  const start = TransactionId.fromString(transactionId).validStart!;
  return BigInt(start.seconds.toString()) * 1_000_000_000n + BigInt(start.nanos.toString());
};

describe('LedgerGateway.sign', () => {
  // A transaction id is the payer and the valid start. Once warm, signing takes under a millisecond here, and
  // chunks signed in the same millisecond used to share an id: the ledger dropped the second as a duplicate,
  // the first one's receipt confirmed both, and the publication was "published" without that chunk.
  it('gives every transaction its own id, even when many are signed within one millisecond', async () => {
    const gateway = new LedgerGateway(Client.forNetwork({ '127.0.0.1:50211': AccountId.fromString('0.0.3') }), { accountId: OPERATOR_ACCOUNT_ID, key: PrivateKey.fromStringDer(OPERATOR_PRIVATE_KEY_DER) });
    try {
      const now = Date.now();
      const signed = [];
      for (let i = 0; i < 50; i++) signed.push(await gateway.sign({ kind: 'message', topicId: '0.0.1001', message: `chunk ${i}` }, now));
      const ids = signed.map((s) => s.transactionId);
      expect(new Set(ids).size).toBe(ids.length);
      const starts = ids.map(nanosOf);
      for (let i = 1; i < starts.length; i++) expect(starts[i]! > starts[i - 1]!).toBe(true);
      // The validity window follows the id's own start.
      signed.forEach((s, i) => expect(s.validUntilNs).toBe(starts[i]! + BigInt(VALID_DURATION_S) * 1_000_000_000n));
    } finally {
      gateway.close();
    }
  });
});
