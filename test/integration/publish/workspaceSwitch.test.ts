import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkSettings } from '../../../shared/publish/network';
import { publishHandlers } from '../../../electron/api/publishHandlers';
import type { RunningLedger } from '../../../electron/publish/ledger/ledger';
import { OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER } from '../../../electron/publish/ledger/localNodeDefaults';
import { FileOperatorKeyStore } from '../../../electron/publish/operatorKeys';
import { OutboxSender } from '../../../electron/publish/outboxSender';
import { outboxStore } from '../../../electron/publish/outbox/outboxStore';
import { enqueuePublication, saveNetworkSettings } from '../../../electron/publish/publisher';
import { EXAMPLE_IDS } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';
import { WorkspaceSession } from '../../../electron/store/workspaceSession';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';
import { startTestLedger } from '../ledger/ledgerHarness';

// Issue #6: "the app sends it when the network is back". A publication queued in one workspace (say, on a
// train, then the app closed) must go out when that workspace is opened again in a running app, not only
// when the app starts.

let ledger: RunningLedger;
let settings: NetworkSettings;
beforeAll(async () => {
  ledger = await startTestLedger();
  settings = {
    network: 'local',
    endpoints: { consensus: ledger.grpcAddress, nodeAccountId: ledger.nodeAccountId, mirrorUrl: ledger.mirrorUrl },
    operatorAccountId: OPERATOR_ACCOUNT_ID,
    keyType: 'ED25519',
  };
});
afterAll(async () => {
  await ledger?.stop();
  removeTempDirs();
});

describe('switching workspaces in a running app', () => {
  it('sends what waits in the outbox of the workspace switched to', { timeout: 120_000 }, async () => {
    const dir = makeTempDir('laurel-switch-');
    const keys = new FileOperatorKeyStore(path.join(dir, 'keys', 'operators'), undefined, () => undefined);
    // The second workspace: a publication queued, never sent, and the file closed.
    const waiting = path.join(dir, 'waiting.laurel');
    const { session: other } = WorkspaceSession.start(waiting);
    await saveNetworkSettings(other.current, keys, settings, OPERATOR_PRIVATE_KEY_DER);
    const { publication } = enqueuePublication(other.current, EXAMPLE_IDS.pathway, settings);
    other.close();

    // The app runs on a first workspace with nothing to send.
    const { session } = WorkspaceSession.start(path.join(dir, 'first.laurel'));
    const sender = new OutboxSender(() => session.current, keys);
    publishHandlers(() => session.current, keys, { sender, onWorkspaceSwitch: (listener) => session.onSwitch(listener) });
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await sender.idle();
      session.open(waiting);
      const state = () => outboxStore(session.current.db).get(publication.id)?.state;
      await expect.poll(state, { timeout: 60_000, interval: 250 }).toBe('published');
    } finally {
      sender.stop();
      await sender.idle();
      session.close();
    }
    const reopened = Workspace.open(waiting);
    try {
      expect(outboxStore(reopened.db).list().map((p) => [p.version, p.state])).toEqual([[1, 'published']]);
    } finally {
      reopened.close();
    }
  });
});
