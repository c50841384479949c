import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/methods';
import { createHandlers } from '../../../electron/api/handlers';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { base58Encode } from '../../../electron/keys/base58';
import { FileKeyStore } from '../../../electron/keys/fileKeyStore';
import { createExampleWorkspace } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';

/**
 * A canary issuer key is planted, used for everything the studio and the CLI do with keys, and then looked
 * for in every place it must never be: API responses, the host's log, the workspace file (and its WAL),
 * every export, and the CLI's output. Only the key store may hold it (the positive control that shows the
 * search would find it).
 */
const BIN = fileURLToPath(new URL('../../../bin/laurel.js', import.meta.url));
const seed = crypto.randomBytes(32);
const canary = crypto.createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
const pkcs8 = canary.export({ format: 'der', type: 'pkcs8' });
const pem = canary.export({ format: 'pem', type: 'pkcs8' }).toString();
/** The secret in every notation it could leak in. */
const needles = [
  seed.toString('hex'),
  seed.toString('base64'),
  seed.toString('base64url'),
  pkcs8.toString('base64'),
  pkcs8.toString('hex'),
  base58Encode(seed),
  `z${base58Encode(Buffer.concat([Buffer.from([0x80, 0x26]), seed]))}`,
  canary.export({ format: 'jwk' }).d!,
].map((n) => n.slice(0, 40));
const leaks = (haystack: string | Buffer) => {
  const text = Buffer.isBuffer(haystack) ? haystack.toString('latin1') + haystack.toString('utf8') : haystack;
  return needles.filter((n) => text.includes(n));
};

let dir: string;
let workspace: Workspace;
let host: RunningHost;
const logs: string[] = [];
const responses: string[] = [];
const cliOutput: string[] = [];
let keyStoreDir: string;

const call = async (method: string, args: unknown) => {
  const response = await fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { 'x-laurel-token': host.token }, body: JSON.stringify(args) });
  const text = await response.text();
  responses.push(text);
  return JSON.parse(text) as { ok: boolean; value?: Record<string, unknown>; error?: { message: string } };
};

function laurel(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'buffer', env: { ...process.env, LAUREL_KEYSTORE: keyStoreDir, LAUREL_KEY_PASSPHRASE: '', LAUREL_DEBUG: '1' } }, (_e, stdout, stderr) => {
      cliOutput.push(stdout.toString('latin1'), stderr.toString('utf8'));
      resolve({ status: child.exitCode, stdout: stdout.toString('utf8'), stderr: stderr.toString('utf8') });
    });
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-canary-'));
  keyStoreDir = path.join(dir, 'keys');
  fs.writeFileSync(path.join(dir, 'canary.pem'), pem);
  workspace = createExampleWorkspace(Workspace, path.join(dir, 'studio.laurel'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const handlers = createHandlers(() => workspace, { keyStore: new FileKeyStore(keyStoreDir, () => undefined) });
  host = await startHost({ rendererDir, handlers, log: (m) => logs.push(m) });
});
afterAll(async () => {
  await host.close();
  workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a planted issuer key never leaves the key store', () => {
  it('is used by the studio and the CLI, and appears nowhere but in the key store', async () => {
    // Bad imports first: their errors must not echo the text.
    for (const text of [pem.replace('PRIVATE KEY', 'PUBLIC KEY'), pem.slice(0, 60), `{"kty":"OKP","crv":"X25519","d":"${seed.toString('base64url')}"}`, `{"d": "${seed.toString('hex')}"`]) {
      expect((await call('importIssuerKey', { text })).ok).toBe(false);
    }
    const imported = await call('importIssuerKey', { text: pem, replace: true });
    expect(imported.ok, imported.error?.message).toBe(true);
    expect(imported.value).toMatchObject({ key: 'present', did: expect.stringMatching(/^did:key:z6Mk/) });

    // Everything that reads or uses the key, through the API…
    const specimen = await call('issueSpecimen', { pathwayId: 'pathway-data-analytics', nodeId: 'badge-sql', recipient: { name: 'Canary', email: 'c@example.org' } });
    expect(specimen.ok, specimen.error?.message).toBe(true);
    const json = specimen.value!.json as string;
    for (const format of ['png', 'svg']) {
      const baked = await call('bakeCredential', { json, format });
      expect(baked.ok).toBe(true);
      responses.push(Buffer.from(baked.value!.base64 as string, 'base64').toString('latin1'));
    }
    await call('verifyCredential', { data: json, encoding: 'utf8' });
    await call('exportIssuerPublic', {});
    await call('getIssuerIdentity', {});
    await call('getIssuerLook', {});
    await call('getAchievement', { pathwayId: 'pathway-data-analytics', nodeId: 'certificate-data-analytics' });
    for (const as of ['laurel', 'clr', 'case']) await call('exportPathwayAs', { id: 'pathway-data-analytics', as });
    const designs = await call('listDesigns', {});
    for (const design of (designs.value!.designs as { id: string }[])) {
      await call('getDesign', { id: design.id });
      await call('listRevisions', { id: design.id });
    }
    await call('generateIssuerKey', {}); // refused: the issuer has a key (conflict), and says which DID
    // Every method once more with arguments it refuses: error messages must not carry the key either.
    for (const method of METHOD_NAMES) await call(method, { unexpected: pem });

    // …and through the CLI, on the same workspace and key store.
    workspace.close();
    expect((await laurel('issuer-key', 'studio.laurel', '--import', 'canary.pem', '--replace')).status).toBe(0);
    expect((await laurel('issuer-key', 'studio.laurel', '--public')).status).toBe(0);
    const cliSpecimen = await laurel('specimen', 'studio.laurel', 'SQL Basics', '--recipient', 'Canary', '--out', 'specimen.json');
    expect(cliSpecimen.status, cliSpecimen.stderr).toBe(0);
    expect((await laurel('specimen', 'studio.laurel', 'SQL Basics', '--recipient', 'Canary', '--bake', 'png', '--out', 'specimen.png')).status).toBe(0);
    expect((await laurel('specimen', 'studio.laurel', 'SQL Basics', '--recipient', 'Canary', '--bake', 'svg', '--out', 'specimen.svg')).status).toBe(0);
    expect((await laurel('verify', 'specimen.json')).status).toBe(0);
    for (const as of ['laurel', 'clr', 'case']) expect((await laurel('export', 'studio.laurel', 'pathway-data-analytics', '--as', as, '--out', `export.${as}.json`)).status).toBe(0);
    expect((await laurel('export-ob3', 'studio.laurel', 'SQL Basics')).status).toBe(0);
    await laurel('issuer-key', 'studio.laurel', '--import', 'studio.laurel'); // not a key: the error must not quote the file
    workspace = Workspace.open(path.join(dir, 'studio.laurel'));

    // The search finds the key where it is kept: it would find it anywhere else.
    const keyFiles = fs.readdirSync(keyStoreDir).map((f) => fs.readFileSync(path.join(keyStoreDir, f)));
    expect(keyFiles.some((f) => leaks(f).length > 0)).toBe(true);

    expect(responses.length).toBeGreaterThan(30);
    expect(responses.flatMap(leaks), 'API responses').toEqual([]);
    expect(logs.flatMap(leaks), 'host log').toEqual([]);
    expect(cliOutput.flatMap(leaks), 'CLI output').toEqual([]);
    workspace.close();
    for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('studio.laurel'))) expect(leaks(fs.readFileSync(path.join(dir, file))), file).toEqual([]);
    for (const file of ['specimen.json', 'specimen.png', 'specimen.svg', 'export.laurel.json', 'export.clr.json', 'export.case.json']) {
      expect(leaks(fs.readFileSync(path.join(dir, file))), file).toEqual([]);
    }
    workspace = Workspace.open(path.join(dir, 'studio.laurel'));
  }, 480_000);
});
