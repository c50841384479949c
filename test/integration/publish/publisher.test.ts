import { PrivateKey, TopicMessageSubmitTransaction } from '@hiero-ledger/sdk';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/credentials/canonicalJson';
import { PathwaySchema } from '../../../shared/pathway/schema';
import { hcs1Chunks } from '../../../shared/publish/hcs';
import type { NetworkSettings } from '../../../shared/publish/network';
import { buildManifest } from '../../../electron/publish/manifest';
import { FileOperatorKeyStore } from '../../../electron/publish/operatorKeys';
import { enqueuePublication, listPublications, networkView, planPublication, saveNetworkSettings, sendOutbox } from '../../../electron/publish/publisher';
import { verifyPublications } from '../../../electron/publish/verifyPublication';
import { OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER } from '../../../electron/publish/ledger/localNodeDefaults';
import type { RunningLedger } from '../../../electron/publish/ledger/ledger';
import { createExampleWorkspace, EXAMPLE_IDS } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';
import { sdkClient, startTestLedger } from '../ledger/ledgerHarness';

const PATHWAY = 'pathway-data-analytics';
const BIN = fileURLToPath(new URL('../../../bin/laurel.js', import.meta.url));
const operator = { accountId: OPERATOR_ACCOUNT_ID, key: PrivateKey.fromStringDer(OPERATOR_PRIVATE_KEY_DER) };

let ledger: RunningLedger;
let settings: NetworkSettings;
beforeAll(async () => {
  ledger = await startTestLedger();
  settings = { network: 'local', endpoints: { consensus: ledger.grpcAddress, nodeAccountId: ledger.nodeAccountId, mirrorUrl: ledger.mirrorUrl } };
});
afterAll(async () => {
  await ledger?.stop();
  removeTempDirs();
});

const example = () => createExampleWorkspace(Workspace, path.join(makeTempDir('laurel-publish-'), 'w.laurel'));

/** Renames the first unit of the example: a change to what the pathway means. */
function editPathway(workspace: Workspace, title: string) {
  const pathway = PathwaySchema.parse(workspace.get(PATHWAY).body);
  const unit = pathway.nodes.find((n) => n.kind === 'unit')!;
  unit.title = title;
  workspace.save(PATHWAY, { schemaVersion: 1, ...pathway });
}

describe('a publication', () => {
  it('is the same bytes for the same design, whatever the workspace or the save count', () => {
    const [a, b] = [example(), example()];
    const first = buildManifest(a, PATHWAY);
    expect(buildManifest(b, PATHWAY).sha256).toBe(first.sha256);
    a.save(PATHWAY, a.get(PATHWAY).body, 'Saved again'); // a new revision, the same meaning
    expect(buildManifest(a, PATHWAY).sha256).toBe(first.sha256);
    expect(first.sha256).toBe(crypto.createHash('sha256').update(first.bytes).digest('hex'));
    // RFC 8785: keys sorted by code unit, no insignificant white space.
    const text = first.bytes.toString('utf8');
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['achievements', 'assets', 'brandKits', 'format', 'issuer', 'pathway', 'templates']);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
    expect(text).not.toMatch(/^\s|\n/);
    a.close();
    b.close();
  });

  it('holds every achievement, referenced template, the issuer and asset hashes, and changes when they do', () => {
    const workspace = example();
    const { content, sha256 } = buildManifest(workspace, PATHWAY);
    const credentials = content.pathway.nodes.filter((n) => ['badge', 'certificate', 'program'].includes(n.kind));
    expect(content.achievements.map((a) => a.name).length).toBe(credentials.length);
    expect(content.achievements.some((a) => (a.alignment ?? []).length > 0)).toBe(true);
    expect(content.templates.map((t) => t.name).sort()).toEqual(['Data Analytics Badge', 'Data Analytics Certificate']);
    expect(content.issuer?.name).toBeTruthy();
    for (const asset of content.assets) expect(asset.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(content.brandKits.map((k) => k.id)).toEqual([EXAMPLE_IDS.brandKit]);

    // A template in the trash is not published; restored, it is again, and the manifest with it.
    workspace.delete(EXAMPLE_IDS.certificateTemplate);
    const withoutCertificate = buildManifest(workspace, PATHWAY).content;
    expect(withoutCertificate.templates.map((t) => t.name)).toEqual(['Data Analytics Badge']);
    workspace.restoreDeleted(EXAMPLE_IDS.certificateTemplate);
    expect(buildManifest(workspace, PATHWAY).sha256).toBe(sha256);

    const template = content.templates[0]!;
    const body = workspace.get(template.id).body as unknown as { elements: unknown[] };
    workspace.save(template.id, { ...body, elements: body.elements.slice(1) } as never);
    expect(buildManifest(workspace, PATHWAY).sha256).not.toBe(sha256);
    workspace.close();
  });

  it('is printed by `laurel manifest` exactly as it is hashed', () => {
    const workspace = example();
    const expected = buildManifest(workspace, PATHWAY);
    const file = workspace.info().path;
    workspace.close();
    const result = spawnSync(process.execPath, [BIN, 'manifest', file, PATHWAY], { encoding: 'buffer' });
    expect(result.status).toBe(0);
    expect(crypto.createHash('sha256').update(result.stdout).digest('hex')).toBe(expected.sha256);
  });
});

describe('publishing to the local ledger', () => {
  it('plans, publishes once, skips unchanged content, and registers version 2 after a change', { timeout: 120_000 }, async () => {
    const workspace = example();
    const plan = await planPublication(workspace, PATHWAY, settings);
    const chunks = plan.steps.find((s) => s.kind === 'submit-chunk')!.count;
    expect(plan.steps.map((s) => s.kind)).toEqual(['create-registry', 'create-file-topic', 'submit-chunk', 'register']);
    expect(plan.transactions).toBe(chunks + 3);
    // No operator to pay for reading the fee schedule: Hedera's published prices (feeEstimate.test.ts has the schedule).
    expect(plan.feeSource).toBe('published-prices');
    expect(plan.estimatedFeeUsd).toBeCloseTo(0.02 + (chunks + 1) * 0.0008, 10);
    expect(plan.estimatedFeeHbar).toBeCloseTo(plan.estimatedFeeUsd / 0.12, 6);
    const before = ledger.requests().length;
    await planPublication(workspace, PATHWAY, settings);
    expect(ledger.requests().length).toBe(before); // a plan spends nothing

    const first = enqueuePublication(workspace, PATHWAY, settings);
    expect(first).toMatchObject({ unchanged: false, publication: { state: 'queued', version: 1 } });
    const run = await sendOutbox(workspace, settings, operator);
    expect(run).toEqual({ published: [first.publication.id], failed: [] });
    const [published] = listPublications(workspace);
    expect(published).toMatchObject({ state: 'published', version: 1, chunks, chunksConfirmed: chunks, registrySequenceNumber: 1 });
    expect(published!.consensusTimestamp).toMatch(/^\d+\.\d{9}$/);
    expect(published!.transactions.every((t) => t.state === 'confirmed')).toBe(true);

    expect(enqueuePublication(workspace, PATHWAY, settings)).toMatchObject({ unchanged: true, publication: { id: first.publication.id } });
    expect((await planPublication(workspace, PATHWAY, settings)).unchanged).toMatchObject({ version: 1, state: 'published' });

    editPathway(workspace, 'Spreadsheets, revised');
    const second = enqueuePublication(workspace, PATHWAY, settings);
    expect(second).toMatchObject({ unchanged: false, publication: { version: 2 } });
    expect((await planPublication(workspace, PATHWAY, settings)).steps[0]!.kind).toBe('create-file-topic'); // the registry exists now
    await sendOutbox(workspace, settings, operator);
    const both = listPublications(workspace);
    expect(both.map((p) => [p.version, p.state])).toEqual([[2, 'published'], [1, 'published']]);
    expect(both[0]!.registryTopicId).toBe(both[1]!.registryTopicId);
    expect(both[0]!.registrySequenceNumber).toBe(2);

    const report = await verifyPublications({ network: 'local', mirrorUrl: ledger.mirrorUrl, registryTopicId: both[0]!.registryTopicId!, workspace });
    expect(report.ok).toBe(true);
    expect(report.checked.map((c) => [c.version, c.local])).toEqual([[1, 'changed'], [2, 'same']]);
    workspace.close();
  });

  it('verification finds a file topic someone added a chunk to, and a registry entry whose hash is wrong', { timeout: 120_000 }, async () => {
    const workspace = example();
    editPathway(workspace, 'Tampered with');
    enqueuePublication(workspace, PATHWAY, settings);
    await sendOutbox(workspace, settings, operator);
    const [publication] = listPublications(workspace);
    const client = sdkClient(ledger);
    try {
      // The operator holds the submit key; a second chunk 0 is what a careless or hostile writer could add.
      const extra = hcs1Chunks('AAAA')[0]!;
      await (await new TopicMessageSubmitTransaction().setTopicId(publication!.fileTopicId!).setMessage(extra).execute(client)).getReceipt(client);
      const forged = JSON.stringify({ p: 'hcs-2', op: 'register', t_id: publication!.fileTopicId, metadata: 'x', m: `laurel.publication/1 design=${PATHWAY} version=9 sha256=${'0'.repeat(64)}` });
      await (await new TopicMessageSubmitTransaction().setTopicId(publication!.registryTopicId!).setMessage(forged).execute(client)).getReceipt(client);
    } finally {
      client.close();
    }
    const report = await verifyPublications({ network: 'local', mirrorUrl: ledger.mirrorUrl, registryTopicId: publication!.registryTopicId!, workspace });
    expect(report.ok).toBe(false);
    const [v1, v9] = report.checked;
    expect(v1!.problems.join(' ')).toMatch(/holds chunk 0 twice/);
    expect(v9!.problems.join(' ')).toMatch(/memo names hash/);
    workspace.close();
  });
});

describe('the operator key', () => {
  it('is stored outside the workspace, never shown, and refused when it is not of the chosen type or not the account’s', async () => {
    const workspace = example();
    const keys = new FileOperatorKeyStore(path.join(makeTempDir('laurel-operator-'), 'operators'), undefined, () => 'a passphrase');
    const ecdsa = PrivateKey.generateECDSA().toStringDer();
    await expect(saveNetworkSettings(workspace, keys, { ...settings, operatorAccountId: '0.0.2', keyType: 'ED25519' }, ecdsa)).rejects.toThrow(
      'This is an ECDSA secp256k1 key, but ED25519 was chosen.',
    );
    const raw = PrivateKey.generateED25519().toStringRaw();
    await expect(saveNetworkSettings(workspace, keys, { ...settings, operatorAccountId: '0.0.2' }, raw)).rejects.toThrow(/Choose the key type/);
    // Checked against the account's key on the ledger, through the mirror node.
    await expect(saveNetworkSettings(workspace, keys, { ...settings, operatorAccountId: '0.0.2', keyType: 'ED25519' }, raw)).rejects.toThrow(/^The key does not match account 0\.0\.2/);
    await expect(saveNetworkSettings(workspace, keys, { ...settings, operatorAccountId: '0.0.999999', keyType: 'ED25519' }, raw)).rejects.toThrow('There is no account 0.0.999999 on this network.');
    expect(keys.has('0.0.2')).toBe(false);

    const view = await saveNetworkSettings(workspace, keys, { ...settings, operatorAccountId: '0.0.2', keyType: 'ED25519' }, OPERATOR_PRIVATE_KEY_DER);
    expect(view.operatorKey.stored).toBe(true);
    expect(JSON.stringify(view)).not.toContain(OPERATOR_PRIVATE_KEY_DER.slice(-64));
    expect(keys.load('0.0.2')).toBe(OPERATOR_PRIVATE_KEY_DER);
    // Encrypted at rest with the passphrase, and never in the workspace file.
    const stored = fs.readFileSync(path.join(keys.dir, '0.0.2.json'), 'utf8');
    expect(stored).not.toContain(OPERATOR_PRIVATE_KEY_DER.slice(-64));
    const file = workspace.info().path;
    workspace.close();
    expect(fs.readFileSync(file).includes(Buffer.from(OPERATOR_PRIVATE_KEY_DER.slice(-64)))).toBe(false);
    const reopened = Workspace.open(file);
    expect(networkView(reopened, keys).settings.operatorAccountId).toBe('0.0.2');
    reopened.close();
  });
});
