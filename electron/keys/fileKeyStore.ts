import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LaurelError } from '../../shared/api/result';
import { userDataDir } from '../files/userData';
import { keyPairFromPrivateKey, type IssuerKeyPair } from './issuerKeyPair';
import { groupOrOthersCanRead, KEY_FILE_FORMAT, keyFileName, writePrivateFile, type KeyFileHeader } from './keyFile';
import type { KeyStatus, KeyStore } from './keyStore';

/** The key store folder: `LAUREL_KEYSTORE`, else `keys/` in the user's config folder (where settings live). */
export function keyStoreDir(): string {
  return process.env.LAUREL_KEYSTORE ? path.resolve(process.env.LAUREL_KEYSTORE) : path.join(userDataDir(), 'keys');
}

export interface EncryptedSecret {
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  iv: string;
  tag: string;
  ciphertext: string;
}
type FileKeyFile = KeyFileHeader & { privateKeyPkcs8?: string; encrypted?: EncryptedSecret; ciphertext?: string };

// scrypt at N=2^15, r=8 takes ~100 ms here: cheap once per process, expensive for a guesser.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
const scryptKey = (passphrase: string, salt: Buffer, kdf: { N: number; r: number; p: number }) =>
  crypto.scryptSync(passphrase.normalize('NFC'), salt, 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r });

export function encrypt(pkcs8: Buffer, passphrase: string): EncryptedSecret {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', scryptKey(passphrase, salt, SCRYPT), iv);
  const ciphertext = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  return {
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

export function decrypt(secret: EncryptedSecret, passphrase: string): Buffer | undefined {
  try {
    const key = scryptKey(passphrase, Buffer.from(secret.kdf.salt, 'base64'), secret.kdf);
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(secret.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(secret.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(secret.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return undefined; // a wrong passphrase fails the GCM tag
  }
}

/**
 * The key store of the CLI and the browser host: one owner-only file per key in `dir`, its PKCS#8 key
 * encrypted (scrypt + AES-256-GCM) when `LAUREL_KEY_PASSPHRASE` is set when the key is saved. Opened keys
 * are kept in memory as KeyObjects for the life of the process.
 */
export class FileKeyStore implements KeyStore {
  private readonly opened = new Map<string, IssuerKeyPair>();

  constructor(
    readonly dir: string = keyStoreDir(),
    private readonly passphrase: () => string | undefined = () => process.env.LAUREL_KEY_PASSPHRASE || undefined,
  ) {}

  get description(): string {
    return `key file in ${this.dir}${this.passphrase() ? ' (encrypted with LAUREL_KEY_PASSPHRASE)' : ''}`;
  }

  private fileOf(did: string): string {
    return path.join(this.dir, keyFileName(did.slice('did:key:'.length)));
  }

  private read(did: string): { pair?: IssuerKeyPair; status: KeyStatus; reason?: string } {
    const cached = this.opened.get(did);
    if (cached) return { pair: cached, status: 'present' };
    const file = this.fileOf(did);
    if (!did.startsWith('did:key:') || !fs.existsSync(file)) return { status: 'absent', reason: `There is no key for ${did} in ${this.dir}.` };
    if (groupOrOthersCanRead(file)) {
      return { status: 'locked', reason: `The key file ${file} can be read by other users; Laurel will not use it until only you can (chmod 600).` };
    }
    let data: FileKeyFile;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8')) as FileKeyFile;
    } catch {
      return { status: 'locked', reason: `The key file ${file} cannot be read.` };
    }
    if (data.format !== KEY_FILE_FORMAT) return { status: 'locked', reason: `${file} is not a Laurel key file.` };
    let pkcs8: Buffer | undefined;
    switch (data.encryption) {
      case 'none':
        pkcs8 = data.privateKeyPkcs8 === undefined ? undefined : Buffer.from(data.privateKeyPkcs8, 'base64');
        break;
      case 'scrypt-aes-256-gcm': {
        const passphrase = this.passphrase();
        if (!passphrase || !data.encrypted) return { status: 'locked', reason: `The key for ${did} is encrypted: set LAUREL_KEY_PASSPHRASE to its passphrase.` };
        pkcs8 = decrypt(data.encrypted, passphrase);
        if (!pkcs8) return { status: 'locked', reason: `LAUREL_KEY_PASSPHRASE does not open the key for ${did}.` };
        break;
      }
      case 'electron-safeStorage':
        return { status: 'locked', reason: `The key for ${did} was made by the Laurel app and is sealed by this computer's key chain; only the app can use it.` };
      default:
        return { status: 'locked', reason: `${file} uses an encryption Laurel does not know.` };
    }
    if (!pkcs8) return { status: 'locked', reason: `${file} holds no key.` };
    const pair = keyPairFromPrivateKey(crypto.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }));
    if (pair.did !== did) return { status: 'locked', reason: `${file} holds the key of another DID.` };
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
    const pkcs8 = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
    const passphrase = this.passphrase();
    const header: KeyFileHeader = {
      format: KEY_FILE_FORMAT,
      did: pair.did,
      publicKeyMultibase: pair.publicKeyMultibase,
      encryption: passphrase ? 'scrypt-aes-256-gcm' : 'none',
      createdAt: new Date().toISOString(),
    };
    const file: FileKeyFile = passphrase ? { ...header, encrypted: encrypt(pkcs8, passphrase) } : { ...header, privateKeyPkcs8: pkcs8.toString('base64') };
    writePrivateFile(this.fileOf(pair.did), JSON.stringify(file, null, 2) + '\n');
    this.opened.set(pair.did, pair);
  }
}
