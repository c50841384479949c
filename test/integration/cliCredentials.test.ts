import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `laurel issuer-key`, `specimen`, `verify`, `export-ob3` and `export --as` as a script runs them: child
// processes on a workspace made by `laurel init`, with the key store in a temp folder (LAUREL_KEYSTORE).
const BIN = fileURLToPath(new URL('../../bin/laurel.js', import.meta.url));
let dir: string;

function laurel(env: Record<string, string>, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LAUREL_DEBUG: '', LAUREL_KEY_PASSPHRASE: '', ...env } }, (_e, stdout, stderr) =>
      resolve({ status: child.exitCode, stdout, stderr }),
    );
  });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-cli-credentials-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('laurel issuer-key, specimen and verify', () => {
  it('without a key, specimen says how to make one and exits 2; then a key, a specimen, and its verification', async () => {
    const env = { LAUREL_KEYSTORE: path.join(dir, 'keys') };
    expect((await laurel(env, 'init', 'w.laurel')).status).toBe(0);
    const noKey = await laurel(env, 'specimen', 'w.laurel', 'SQL Basics', '--recipient', 'Ada Lovelace');
    expect(noKey.status).toBe(2);
    expect(noKey.stdout).toBe('');
    expect(noKey.stderr).toMatch(/laurel issuer-key <workspace> --generate/);

    const made = await laurel(env, 'issuer-key', 'w.laurel', '--generate');
    expect(made.status, made.stderr).toBe(0);
    const did = made.stdout.trim();
    expect(did).toMatch(/^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/);
    const keyFile = path.join(dir, 'keys', `${did.slice(8)}.key.json`);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    // A second --generate would orphan credentials signed with the first key: refused without --replace.
    expect((await laurel(env, 'issuer-key', 'w.laurel', '--generate')).status).toBe(2);
    const shown = await laurel(env, 'issuer-key', 'w.laurel');
    expect(shown.stdout.trim()).toBe(did);
    const publicKey = JSON.parse((await laurel(env, 'issuer-key', 'w.laurel', '--public')).stdout);
    expect(publicKey).toMatchObject({ did, didDocument: { id: did, assertionMethod: [`${did}#${did.slice(8)}`] } });

    const specimen = await laurel(env, 'specimen', 'w.laurel', 'SQL Basics', '--recipient', 'Ada Lovelace', '--email', 'ada@example.org', '--out', 'sql.json');
    expect(specimen.status, specimen.stderr).toBe(0);
    expect(specimen.stderr).toContain('specimen verified');
    const credential = JSON.parse(fs.readFileSync(path.join(dir, 'sql.json'), 'utf8'));
    expect(credential.issuer.id).toBe(did);
    expect(JSON.stringify(credential)).not.toContain('ada@example.org'); // the email is hashed and salted

    const verified = await laurel({}, 'verify', 'sql.json');
    expect(verified.status).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ outcome: 'verified', verified: true });

    credential.credentialSubject.achievement.name = 'Advanced SQL';
    fs.writeFileSync(path.join(dir, 'tampered.json'), JSON.stringify(credential));
    const tampered = await laurel({}, 'verify', 'tampered.json');
    expect(tampered.status).toBe(3);
    expect(JSON.parse(tampered.stdout).checks).toContainEqual(expect.objectContaining({ id: 'proof', status: 'failed' }));

    const baked = await laurel(env, 'specimen', 'w.laurel', 'certificate-data-analytics', '--recipient', 'Ada Lovelace', '--bake', 'png', '--out', 'cert.png');
    expect(baked.status, baked.stderr).toBe(0);
    const bakedReport = await laurel({}, 'verify', 'cert.png');
    expect(bakedReport.status).toBe(0);
    expect(JSON.parse(bakedReport.stdout).source).toBe('png');

    expect((await laurel({}, 'verify', 'missing.json')).status).toBe(2);
  }, 480_000);

  it('encrypts the key with LAUREL_KEY_PASSPHRASE, and cannot sign without it', async () => {
    const env = { LAUREL_KEYSTORE: path.join(dir, 'locked-keys') };
    expect((await laurel(env, 'init', 'locked.laurel')).status).toBe(0);
    expect((await laurel({ ...env, LAUREL_KEY_PASSPHRASE: 'correct horse battery' }, 'issuer-key', 'locked.laurel', '--generate')).status).toBe(0);
    const [file] = fs.readdirSync(path.join(dir, 'locked-keys'));
    expect(fs.readFileSync(path.join(dir, 'locked-keys', file!), 'utf8')).toContain('"encryption": "scrypt-aes-256-gcm"');
    const locked = await laurel(env, 'specimen', 'locked.laurel', 'SQL Basics', '--recipient', 'Ada');
    expect(locked.status).toBe(2);
    expect(locked.stderr).toContain('LAUREL_KEY_PASSPHRASE');
    expect((await laurel({ ...env, LAUREL_KEY_PASSPHRASE: 'correct horse battery' }, 'specimen', 'locked.laurel', 'SQL Basics', '--recipient', 'Ada')).status).toBe(0);
  }, 480_000);

  it('export-ob3 prints the Achievement; export --as clr|case prints the standard forms', async () => {
    const env = { LAUREL_KEYSTORE: path.join(dir, 'keys') };
    const achievement = JSON.parse((await laurel(env, 'export-ob3', 'w.laurel', 'Dashboards')).stdout);
    expect(achievement).toMatchObject({ id: 'urn:laurel:achievement:pathway-data-analytics:badge-dashboards', type: ['Achievement'], achievementType: 'Badge' });
    const clr = JSON.parse((await laurel(env, 'export', 'w.laurel', 'Data Analytics Professional Certificate', '--as', 'clr')).stdout);
    expect(clr.type).toContain('ClrCredential');
    const cfPackage = JSON.parse((await laurel(env, 'export', 'w.laurel', 'pathway-data-analytics', '--as', 'case')).stdout);
    expect(cfPackage.CFItems).toHaveLength(5);
    const bad = await laurel(env, 'export', 'w.laurel', 'pathway-data-analytics', '--as', 'xml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--as takes laurel, clr or case/);
  }, 480_000);
});
