import { PrivateKey } from '@hiero-ledger/sdk';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/methods';
import { createHandlers } from '../../../electron/api/handlers';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { FileOperatorKeyStore } from '../../../electron/publish/operatorKeys';
import { createExampleWorkspace } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';
import { freePort } from '../ledger/ledgerHarness';

/**
 * A planted operator key goes in through the API once and is then looked for in everything that comes back
 * out of the host (answers, errors, the log) and in the workspace file: only the key store may hold it.
 */
const key = PrivateKey.generateED25519();
const needles = [key.toStringDer(), key.toStringRaw()].flatMap((k) => [k, k.toUpperCase()]).map((k) => k.slice(-48));
const leaks = (text: string) => needles.filter((n) => text.includes(n));

let dir: string;
let workspace: Workspace;
let host: RunningHost;
const logs: string[] = [];
const responses: string[] = [];

const call = async (method: string, args: unknown) => {
  const response = await fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { 'x-laurel-token': host.token }, body: JSON.stringify(args) });
  const text = await response.text();
  responses.push(text);
  return JSON.parse(text) as { ok: boolean; value?: Record<string, unknown>; error?: { message: string } };
};

beforeAll(async () => {
  dir = makeTempDir('laurel-operator-canary-');
  workspace = createExampleWorkspace(Workspace, path.join(dir, 'studio.laurel'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const operatorKeys = new FileOperatorKeyStore(path.join(dir, 'keys', 'operators'), undefined, () => undefined);
  host = await startHost({ rendererDir, handlers: createHandlers(() => workspace, { operatorKeys }), log: (m) => logs.push(m) });
});
afterAll(async () => {
  await host.close();
  workspace.close();
  removeTempDirs();
});

describe('a planted operator key never leaves the key store', () => {
  it('is saved, used to publish, and appears nowhere but in the key store', { timeout: 120_000 }, async () => {
    // A network that does not answer: publishing queues and waits, which exercises every message it writes.
    const endpoints = { consensus: `127.0.0.1:${await freePort()}`, nodeAccountId: '0.0.3', mirrorUrl: `http://127.0.0.1:${await freePort()}` };
    const wrongType = await call('saveHederaNetwork', { settings: { network: 'local', endpoints, operatorAccountId: '0.0.2', keyType: 'ECDSA_SECP256K1' }, operatorKey: key.toStringDer() });
    expect(wrongType.ok).toBe(false);
    const saved = await call('saveHederaNetwork', { settings: { network: 'local', endpoints, operatorAccountId: '0.0.2', keyType: 'ED25519' }, operatorKey: key.toStringDer() });
    expect(saved.ok, saved.error?.message).toBe(true);
    expect(saved.value).toMatchObject({ operatorKey: { stored: true } });

    await call('getHederaNetwork', {});
    expect((await call('planPublication', { pathwayId: 'pathway-data-analytics' })).ok).toBe(true);
    expect((await call('publishPathway', { pathwayId: 'pathway-data-analytics' })).ok).toBe(true);
    // The background sender tries the closed port, then the publication waits with a message.
    await expect.poll(async () => ((await call('listPublications', {})).value as unknown as { message?: string }[])[0]?.message ?? '', { timeout: 90_000 }).toMatch(/^Waiting for the network/);
    for (const method of METHOD_NAMES) await call(method, { unexpected: key.toStringDer() });

    const stored = fs.readdirSync(path.join(dir, 'keys', 'operators')).map((f) => fs.readFileSync(path.join(dir, 'keys', 'operators', f), 'utf8'));
    expect(stored.some((f) => leaks(f).length > 0)).toBe(true); // the search finds it where it is kept
    expect(responses.flatMap(leaks), 'API responses').toEqual([]);
    expect(logs.flatMap(leaks), 'host log').toEqual([]);
    workspace.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('studio.laurel'))) {
      const bytes = fs.readFileSync(path.join(dir, file));
      expect(leaks(bytes.toString('latin1')), file).toEqual([]);
    }
  });
});
