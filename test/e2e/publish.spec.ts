import type {} from '../../renderer/pathway/testApi';
import fs from 'node:fs';
import path from 'node:path';
import { startLedger, type RunningLedger } from '../../electron/publish/ledger/ledger';
import { OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER } from '../../electron/publish/ledger/localNodeDefaults';
import { test, expect } from './studio';
import { PathwayEditorPage } from './pathwayEditor';
import { PublishPage } from './pages/publishPage';

const PATHWAY_ID = 'pathway-data-analytics';

/** Every message of a topic, as the mirror node's REST API gives it (text decoded from base64). */
async function topicMessages(ledger: RunningLedger, topicId: string): Promise<{ sequence_number: number; text: string }[]> {
  const response = await fetch(`${ledger.mirrorUrl}/api/v1/topics/${topicId}/messages?limit=100`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { messages: { sequence_number: number; message: string }[] };
  return body.messages.map((m) => ({ sequence_number: m.sequence_number, text: Buffer.from(m.message, 'base64').toString('utf8') }));
}

// The journey of issue #6: configure the local network, publish the example pathway, see it published and
// verify it against the ledger; publishing unchanged content is refused; change the pathway, publish
// version 2, see both. The ledger is Laurel's local one, in this test's process, on free ports.
test('publishes the example pathway to the local ledger, verifies it, and publishes a second version', async ({ page, studio }) => {
  const ledger = await startLedger({ grpcPort: 0, mirrorPort: 0 });
  try {
    const publish = new PublishPage(page);
    const editor = new PathwayEditorPage(page);
    await page.goto(studio.url);
    await expect(page.getByRole('region', { name: 'Pathways' })).toBeVisible();

    // The network: the local node on this ledger's ports, operator 0.0.2 with its ED25519 key.
    await publish.configureNetwork({
      network: 'local',
      consensus: ledger.grpcAddress,
      nodeAccount: ledger.nodeAccountId,
      mirror: ledger.mirrorUrl,
      operatorAccount: OPERATOR_ACCOUNT_ID,
      keyType: 'ED25519',
      key: OPERATOR_PRIVATE_KEY_DER,
    });
    await expect(page.getByText(/A key is stored/)).toBeVisible();
    // The key went to the key store of this test's user data folder, not into the workspace or the real home.
    if (!process.env.LAUREL_KEYSTORE) {
      const keyFile = path.join(studio.userData, 'keys', 'operators', `${OPERATOR_ACCOUNT_ID}.json`);
      expect(fs.existsSync(keyFile)).toBe(true);
      expect(fs.statSync(keyFile).mode & 0o077).toBe(0);
    }
    for (const file of [studio.workspaceFile, `${studio.workspaceFile}-wal`]) {
      if (fs.existsSync(file)) expect(fs.readFileSync(file).includes(Buffer.from(OPERATOR_PRIVATE_KEY_DER))).toBe(false);
    }

    // The example pathway, published: the plan first (transactions and fee), then "Publish now".
    await publish.go('#/');
    await page.getByRole('region', { name: 'Pathways' }).getByRole('button', { name: 'Open Data Analytics Professional Certificate' }).click();
    await expect(editor.nodes).toHaveCount(23);
    await editor.saved();
    let dialog = await publish.openPublishDialog();
    const steps = dialog.getByRole('table', { name: 'Transactions' });
    for (const step of ['Create registry topic', 'Create file topic', 'Submit chunks', 'Register in the registry']) await expect(steps.getByRole('rowheader', { name: step })).toBeVisible();
    await expect(dialog.locator('.plan-facts dt:text-is("Version") + dd')).toHaveText('1');
    await expect(dialog.getByText(/^Estimated fee: \$\d+\.\d{4}.* for \d+ transactions\.$/)).toBeVisible();
    await expect(dialog.getByText('Priced from the network’s current fee schedule (simple fees, file 0.0.113).')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Publish now' })).toBeEnabled();
    await publish.publishNow();

    await page.getByRole('link', { name: 'See publications' }).click();
    await expect(page.getByRole('heading', { name: 'Publications', level: 1 })).toBeVisible();
    await expect(publish.publicationRows()).toHaveCount(1);
    const first = publish.publicationRow(1);
    await expect(publish.publicationState(first)).toHaveText('published');
    // A consensus timestamp (all nine digits of Hedera's nanoseconds) and the registry entry's sequence number.
    await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
    await expect(first.locator('time')).toHaveAttribute('title', /^\d+\.\d{9}$/);
    await expect(first.getByRole('cell', { name: '#1', exact: true })).toBeVisible();
    const verified = await publish.verify(first);
    await expect(verified).toContainText('Verified: matches the ledger');
    await expect(verified).toContainText('The design in the workspace is the same as this version.');

    // Unchanged content cannot be published again.
    await publish.go(`#/pathway/${PATHWAY_ID}`);
    await expect(editor.nodes).toHaveCount(23);
    dialog = await publish.openPublishDialog();
    await expect(dialog.getByText('This version is already published (version 1).')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Publish now' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    // A change, saved by autosave, makes version 2.
    await editor.select('badge-sql');
    await editor.tab('Properties').click();
    const title = editor.panel('Properties').getByLabel('Title');
    await title.fill('SQL Foundations');
    await title.press('Enter');
    await expect(editor.node('badge-sql')).toContainText('SQL Foundations');
    await editor.saved();
    dialog = await publish.openPublishDialog();
    await expect(dialog.locator('.plan-facts dt:text-is("Version") + dd')).toHaveText('2');
    await expect(steps.getByRole('rowheader', { name: 'Create registry topic' })).toHaveCount(0); // the registry exists now
    await expect(steps.getByRole('rowheader', { name: 'Register in the registry' })).toBeVisible();
    await publish.publishNow();

    await publish.openPublications(PATHWAY_ID);
    await expect(publish.publicationRows()).toHaveCount(2);
    for (const version of [1, 2]) {
      const row = publish.publicationRow(version);
      await expect(publish.publicationState(row)).toHaveText('published');
      await expect(row.locator('time')).toHaveAttribute('title', /^\d+\.\d{9}$/);
      await expect(row.getByRole('cell', { name: `#${version}`, exact: true })).toBeVisible();
    }
    const second = await publish.verify(publish.publicationRow(2));
    await expect(second).toContainText('Verified: matches the ledger');
    await expect(second).toContainText('The design in the workspace is the same as this version.');
    // Version 1 still verifies against the ledger; the workspace has moved on from it.
    const again = await publish.verify(publish.publicationRow(1));
    await expect(again).toContainText('Verified: matches the ledger');
    await expect(again).toContainText('The design has changed in the workspace since this version.');

    // On the ledger: the registry topic (as the network settings show it) holds exactly the two register messages.
    await publish.openNetworkSettings();
    await expect(page.getByTestId('registry-topic')).toHaveText(/^0\.0\.\d+$/);
    const registry = (await page.getByTestId('registry-topic').textContent())!;
    const messages = await topicMessages(ledger, registry);
    expect(messages).toHaveLength(2);
    const registers = messages.map((m) => JSON.parse(m.text) as { p: string; op: string; m: string }).filter((m) => m.p === 'hcs-2' && m.op === 'register');
    expect(registers.map((m) => /version=(\d+)/.exec(m.m)?.[1])).toEqual(['1', '2']);
    expect(registers.every((m) => m.m.includes(`design=${PATHWAY_ID}`))).toBe(true);
  } finally {
    await ledger.stop();
  }
});
