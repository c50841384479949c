import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { didKeyDocument } from './didKey';
import { FileKeyStore } from './fileKeyStore';
import { generateIssuerKeyPair, parseImportedKey } from './issuerKeyPair';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-keys-'));
  dirs.push(dir);
  return path.join(dir, 'keys');
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const seedHex = (pair: ReturnType<typeof generateIssuerKeyPair>) => pair.privateKey.export({ format: 'jwk' }).d!;

describe('the file key store', () => {
  it('keeps a key in an owner-only file in an owner-only folder, and opens it again', () => {
    const dir = tempDir();
    const pair = generateIssuerKeyPair();
    new FileKeyStore(dir, () => undefined).save(pair);
    const file = path.join(dir, `${pair.publicKeyMultibase}.key.json`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const fresh = new FileKeyStore(dir, () => undefined);
    expect(fresh.status(pair.did)).toEqual({ status: 'present' });
    expect(fresh.load(pair.did).publicKeyMultibase).toBe(pair.publicKeyMultibase);
    expect(fresh.status(generateIssuerKeyPair().did).status).toBe('absent');
  });

  it('encrypts the key with LAUREL_KEY_PASSPHRASE: locked without it or with a wrong one', () => {
    const dir = tempDir();
    const pair = generateIssuerKeyPair();
    new FileKeyStore(dir, () => 'correct horse').save(pair);
    const text = fs.readFileSync(path.join(dir, `${pair.publicKeyMultibase}.key.json`), 'utf8');
    expect(text).toContain('scrypt-aes-256-gcm');
    expect(text).not.toContain('privateKeyPkcs8');
    const pkcs8 = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
    expect(text).not.toContain(pkcs8.toString('base64'));
    expect(text).not.toContain(seedHex(pair));
    expect(new FileKeyStore(dir, () => undefined).status(pair.did)).toMatchObject({ status: 'locked', reason: expect.stringContaining('LAUREL_KEY_PASSPHRASE') });
    expect(new FileKeyStore(dir, () => 'wrong').status(pair.did)).toMatchObject({ status: 'locked' });
    expect(() => new FileKeyStore(dir, () => 'wrong').load(pair.did)).toThrow(/LAUREL_KEY_PASSPHRASE/);
    expect(new FileKeyStore(dir, () => 'correct horse').load(pair.did).did).toBe(pair.did);
  });

  it('refuses a key file other users can read, like ssh', () => {
    const dir = tempDir();
    const pair = generateIssuerKeyPair();
    new FileKeyStore(dir, () => undefined).save(pair);
    fs.chmodSync(path.join(dir, `${pair.publicKeyMultibase}.key.json`), 0o644);
    expect(new FileKeyStore(dir, () => undefined).status(pair.did)).toMatchObject({ status: 'locked', reason: expect.stringContaining('chmod 600') });
  });
});

describe('importing keys', () => {
  const pair = generateIssuerKeyPair();
  it('reads PKCS#8 PEM, encrypted PEM, JWK and Multikey JSON to the same DID', () => {
    const pem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const encrypted = pair.privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw' }).toString();
    const jwk = JSON.stringify(pair.privateKey.export({ format: 'jwk' }));
    expect(parseImportedKey(pem).did).toBe(pair.did);
    expect(parseImportedKey(encrypted, 'pw').did).toBe(pair.did);
    expect(() => parseImportedKey(encrypted)).toThrow(/passphrase/);
    expect(parseImportedKey(jwk).did).toBe(pair.did);
  });

  it('reads the W3C test vectors’ Multikey pair, and its did:key names its public key', () => {
    const keyPair = fs.readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/conformance/vc-di-eddsa/TestVectors/keyPair.json'), 'utf8');
    const imported = parseImportedKey(keyPair);
    expect(imported.did).toBe(`did:key:${JSON.parse(keyPair).publicKeyMultibase}`);
    expect(didKeyDocument(imported.did)!.verificationMethod[0]!.publicKeyMultibase).toBe(imported.publicKeyMultibase);
  });

  it('never quotes the input in its errors: it may be a secret', () => {
    const secret = crypto.randomBytes(32).toString('hex');
    for (const text of [`{"d": "${secret}"`, `not a key ${secret}`, `{"kty": "RSA", "d": "${secret}"}`, `-----BEGIN PUBLIC KEY-----\n${secret}\n-----END PUBLIC KEY-----`]) {
      expect(() => parseImportedKey(text)).toThrow();
      try {
        parseImportedKey(text);
      } catch (error) {
        expect((error as Error).message).not.toContain(secret);
      }
    }
  });
});
