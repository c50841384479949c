import { mirrorTransactionId } from '../../../electron/publish/mirrorClient';
import { PrivateKey } from '@hiero-ledger/sdk';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkSettings } from '../../../shared/publish/network';
import { forgetFeeSchedules } from '../../../electron/publish/feeSchedule';
import { EXCHANGE_RATE } from '../../../electron/publish/ledger/fees';
import type { RunningLedger } from '../../../electron/publish/ledger/ledger';
import { OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER } from '../../../electron/publish/ledger/localNodeDefaults';
import { enqueuePublication, listPublications, planPublication, sendOutbox } from '../../../electron/publish/publisher';
import { createExampleWorkspace } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';
import { mirrorGet, startTestLedger } from '../ledger/ledgerHarness';

const PATHWAY = 'pathway-data-analytics';
const operator = { accountId: OPERATOR_ACCOUNT_ID, key: PrivateKey.fromStringDer(OPERATOR_PRIVATE_KEY_DER) };
const example = () => createExampleWorkspace(Workspace, path.join(makeTempDir('laurel-fees-'), 'w.laurel'));
/** US dollars for a fee charged in tinybars, at the ledger's exchange rate. */
const usdOf = (tinybars: number) => ((tinybars / 1e8) * EXCHANGE_RATE.centEquiv) / EXCHANGE_RATE.hbarEquiv / 100;

let ledger: RunningLedger;
let settings: NetworkSettings;
beforeAll(async () => {
  ledger = await startTestLedger();
  settings = settingsFor(ledger);
});
afterAll(async () => {
  await ledger?.stop();
  removeTempDirs();
});
beforeEach(() => forgetFeeSchedules());

const settingsFor = (running: RunningLedger): NetworkSettings => ({
  network: 'local',
  endpoints: { consensus: running.grpcAddress, nodeAccountId: running.nodeAccountId, mirrorUrl: running.mirrorUrl },
});

/** Publishes the example pathway after planning it, and returns the plan and what the ledger charged each step, in US dollars. */
async function planAndPublish(running: RunningLedger, network: NetworkSettings) {
  const workspace = example();
  const plan = await planPublication(workspace, PATHWAY, network, operator);
  enqueuePublication(workspace, PATHWAY, network);
  expect(await sendOutbox(workspace, network, operator)).toMatchObject({ failed: [] });
  const [publication] = listPublications(workspace);
  expect(publication!.transactions).toHaveLength(plan.transactions);
  const charged = new Map<string, number>();
  for (const transaction of publication!.transactions) {
    const { status, body } = await mirrorGet<{ transactions: { charged_tx_fee: number }[] }>(running, `/api/v1/transactions/${mirrorTransactionId(transaction.transactionId)}`);
    expect(status).toBe(200);
    charged.set(transaction.step, (charged.get(transaction.step) ?? 0) + usdOf(body.transactions[0]!.charged_tx_fee));
  }
  workspace.close();
  return { plan, charged, total: [...charged.values()].reduce((sum, usd) => sum + usd, 0) };
}

const fileReads = (running: RunningLedger) => running.requests().filter((r) => r.method === 'FileService/getFileContent').map((r) => r.answer);

describe('the estimated fee of a publication', () => {
  it('is priced from the simple-fee schedule (0.0.113) a network serves, and never runs under what the ledger charges', { timeout: 120_000 }, async () => {
    const { plan, charged, total } = await planAndPublish(ledger, settings);
    expect(plan.feeSource).toBe('simple-fee-schedule');
    // A paid query asks its cost first, then the contents: 0.0.113's two answers, and nothing for the legacy file.
    expect(fileReads(ledger)).toEqual(['OK', 'OK']);

    // Each step is priced on the signed size of what is sent, measured with the SDK; what cannot be known
    // before sending (a valid start's nanoseconds, twice in a chunk; the topic's number) is sized at its
    // longest varint: at most 11 bytes a transaction, $0.00001 each beyond the 1,024 included. Topic
    // creations carry neither, and every fee component rounds down to the tinybar (under 3 a transaction).
    for (const step of plan.steps) {
      const over = step.feeUsd - charged.get(step.kind)!;
      expect(over, step.kind).toBeGreaterThan(-step.count * 4e-9);
      expect(over, step.kind).toBeLessThan(step.count * (11 * 1e-5 + 4e-9));
    }
    // A topic: $0.01 and $0.01 for its submit key; the file's chunks pay for their signed bytes beyond 1 KB.
    expect(plan.steps.find((s) => s.kind === 'create-file-topic')!.feeUsd).toBe(0.02);
    const chunks = plan.steps.find((s) => s.kind === 'submit-chunk')!;
    expect(chunks.feeUsd / chunks.count).toBeGreaterThan(0.0008);
    expect(plan.estimatedFeeUsd - total).toBeGreaterThanOrEqual(-1e-8);
  });

  it('falls back to the legacy schedule (0.0.111) on a network with no 0.0.113, and matches what it charges', { timeout: 120_000 }, async () => {
    const legacy = await startTestLedger({ feeModel: 'legacy' });
    try {
      const { plan, charged, total } = await planAndPublish(legacy, settingsFor(legacy));
      expect(plan.feeSource).toBe('fee-schedule');
      // 0.0.113 is refused at the cost query; then 0.0.111's cost and contents.
      expect(fileReads(legacy)).toEqual(['INVALID_FILE_ID', 'OK', 'OK']);

      // Topic creations and chunks are priced on exactly what is sent: the only differences are the tinybars
      // each fee component rounds down to (under 3 a transaction, $0.0000000036).
      for (const step of plan.steps.filter((s) => s.kind !== 'register')) {
        expect(Math.abs(step.feeUsd - charged.get(step.kind)!), step.kind).toBeLessThan(step.count * 4e-9);
      }
      // The register message is sized for the longest topic id (19 digits, named twice in it) before the file
      // topic exists: the estimate runs over by those digits' bytes, at 2,003.794 tinycents a byte for the node
      // and the network (95,419 + 1,908,375 thousandths), never under.
      const register = plan.steps.find((s) => s.kind === 'register')!;
      const registerCharged = charged.get('register')!;
      expect(register.feeUsd).toBeGreaterThanOrEqual(registerCharged);
      expect(register.feeUsd - registerCharged).toBeLessThan(2 * 19 * 2003.794e-10 + 4e-9);

      expect(plan.estimatedFeeUsd - total).toBeGreaterThanOrEqual(0);
      expect(plan.estimatedFeeUsd - total).toBeLessThan(1e-5); // under a thousandth of a cent on the whole publication
    } finally {
      await legacy.stop();
    }
  });

  it('reads the schedule once a session: a second plan sends nothing', async () => {
    const workspace = example();
    await planPublication(workspace, PATHWAY, settings, operator);
    const before = ledger.requests().length;
    expect((await planPublication(workspace, PATHWAY, settings, operator)).feeSource).toBe('simple-fee-schedule');
    expect(ledger.requests().length).toBe(before);
    workspace.close();
  });

  it('comes from published prices without an operator to pay for reading the schedule', async () => {
    const workspace = example();
    const plan = await planPublication(workspace, PATHWAY, settings);
    expect(plan.feeSource).toBe('published-prices');
    const chunks = plan.steps.find((s) => s.kind === 'submit-chunk')!.count;
    expect(plan.estimatedFeeUsd).toBeCloseTo(2 * 0.01 + (chunks + 1) * 0.0008, 10);
    workspace.close();
  });

  it('comes from published prices when the network does not answer, and the plan is still made', { timeout: 60_000 }, async () => {
    const workspace = example();
    const stopped = await startTestLedger();
    await stopped.stop();
    const offline: NetworkSettings = { network: 'local', endpoints: { consensus: stopped.grpcAddress, nodeAccountId: stopped.nodeAccountId, mirrorUrl: stopped.mirrorUrl } };
    const plan = await planPublication(workspace, PATHWAY, offline, operator);
    expect(plan.feeSource).toBe('published-prices');
    expect(plan.steps.map((s) => s.kind)).toEqual(['create-registry', 'create-file-topic', 'submit-chunk', 'register']);
    expect(plan.estimatedFeeUsd).toBeGreaterThan(0.02);
    expect(plan.estimatedFeeHbar).toBeUndefined();
    workspace.close();
  });
});
