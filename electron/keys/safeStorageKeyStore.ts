import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LaurelError } from '../../shared/api/result';
import { keyPairFromPrivateKey, type IssuerKeyPair } from './issuerKeyPair';
import { KEY_FILE_FORMAT, keyFileName, writePrivateFile, type KeyFileHeader } from './keyFile';
import type { KeyStatus, KeyStore } from './keyStore';

/** The part of Electron's `safeStorage` this needs; main.ts passes the real one (tests cannot load Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

type SealedKeyFile = KeyFileHeader & { ciphertext?: string };

/**
 * The app's key store: the PKCS#8 key sealed with Electron `safeStorage` (the OS key chain: Keychain,
 * DPAPI, libsecret) in an owner-only file, in the same folder and format as the file store, so the CLI can
 * at least tell that the key exists.
 */
export class SafeStorageKeyStore implements KeyStore {
  private readonly opened = new Map<string, IssuerKeyPair>();

  constructor(
    readonly dir: string,
    private readonly safeStorage: SafeStorageLike,
  ) {}

  get description(): string {
    return `this computer's key chain (Electron safeStorage), in ${this.dir}`;
  }

  private fileOf(did: string): string {
    return path.join(this.dir, keyFileName(did.slice('did:key:'.length)));
  }

  private read(did: string): { pair?: IssuerKeyPair; status: KeyStatus; reason?: string } {
    const cached = this.opened.get(did);
    if (cached) return { pair: cached, status: 'present' };
    const file = this.fileOf(did);
    if (!did.startsWith('did:key:') || !fs.existsSync(file)) return { status: 'absent', reason: `There is no key for ${did} on this computer.` };
    let data: SealedKeyFile;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8')) as SealedKeyFile;
    } catch {
      return { status: 'locked', reason: `The key file ${file} cannot be read.` };
    }
    if (data.format !== KEY_FILE_FORMAT || data.encryption !== 'electron-safeStorage' || !data.ciphertext) {
      return { status: 'locked', reason: `The key for ${did} was saved by the laurel command or the browser host; import it into the app to use it here.` };
    }
    let pkcs8: Buffer;
    try {
      pkcs8 = Buffer.from(this.safeStorage.decryptString(Buffer.from(data.ciphertext, 'base64')), 'base64');
    } catch {
      return { status: 'locked', reason: `This computer's key chain cannot open the key for ${did}.` };
    }
    const pair = keyPairFromPrivateKey(crypto.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }));
    this.opened.set(did, pair);
    return { pair, status: 'present' };
  }

  status(did: string) {
    const { status, reason } = this.read(did);
    return reason === undefined ? { status } : { status, reason };
  }

  load(did: string): IssuerKeyPair {
    const { pair, reason } = this.read(did);
    if (!pair) throw new LaurelError('unauthorized', reason ?? `The key for ${did} cannot be used.`);
    return pair;
  }

  save(pair: IssuerKeyPair): void {
    if (!this.safeStorage.isEncryptionAvailable()) {
      throw new LaurelError('unauthorized', "This computer's key chain is not available, so Laurel cannot store a private key safely.");
    }
    const pkcs8 = pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    const file: SealedKeyFile = {
      format: KEY_FILE_FORMAT,
      did: pair.did,
      publicKeyMultibase: pair.publicKeyMultibase,
      encryption: 'electron-safeStorage',
      createdAt: new Date().toISOString(),
      ciphertext: this.safeStorage.encryptString(pkcs8).toString('base64'),
    };
    writePrivateFile(this.fileOf(pair.did), JSON.stringify(file, null, 2) + '\n');
    this.opened.set(pair.did, pair);
  }
}
