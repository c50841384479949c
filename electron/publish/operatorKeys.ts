import fs from 'node:fs';
import path from 'node:path';
import { LaurelError } from '../../shared/api/result';
import { decrypt, encrypt, keyStoreDir, type EncryptedSecret } from '../keys/fileKeyStore';
import { groupOrOthersCanRead, writePrivateFile } from '../keys/keyFile';
import type { SafeStorageLike } from '../keys/safeStorageKeyStore';

/**
 * Where this machine keeps Hedera operator keys, by account id (DESIGN §5): beside the issuer keys, never
 * in the workspace, never sent to the renderer. Sealed with Electron `safeStorage` in the app; in the CLI
 * and the browser host an owner-only file, encrypted when `LAUREL_KEY_PASSPHRASE` is set.
 */
export interface OperatorKeyStore {
  readonly description: string;
  has(accountId: string): boolean;
  /** The key text as it was entered, or a LaurelError saying how to make it usable; undefined when none is stored. */
  load(accountId: string): string | undefined;
  save(accountId: string, keyText: string): void;
}

const FORMAT = 'laurel.operator-key/1';
type OperatorKeyFile =
  | { format: typeof FORMAT; accountId: string; encryption: 'none'; key: string }
  | { format: typeof FORMAT; accountId: string; encryption: 'scrypt-aes-256-gcm'; encrypted: EncryptedSecret }
  | { format: typeof FORMAT; accountId: string; encryption: 'electron-safeStorage'; sealed: string };

export class FileOperatorKeyStore implements OperatorKeyStore {
  constructor(
    readonly dir: string = path.join(keyStoreDir(), 'operators'),
    private readonly safeStorage?: SafeStorageLike,
    private readonly passphrase: () => string | undefined = () => process.env.LAUREL_KEY_PASSPHRASE || undefined,
  ) {}

  get description(): string {
    if (this.safeStorage) return `this computer's key chain (Electron safeStorage), in ${this.dir}`;
    return `key file in ${this.dir}${this.passphrase() ? ' (encrypted with LAUREL_KEY_PASSPHRASE)' : ''}`;
  }

  private fileOf(accountId: string): string {
    if (!/^\d+\.\d+\.\d+$/.test(accountId)) throw new LaurelError('invalid-argument', `“${accountId}” is not an account id like 0.0.1234.`);
    return path.join(this.dir, `${accountId}.json`);
  }

  has(accountId: string): boolean {
    return fs.existsSync(this.fileOf(accountId));
  }

  load(accountId: string): string | undefined {
    const file = this.fileOf(accountId);
    if (!fs.existsSync(file)) return undefined;
    const locked = (reason: string) => new LaurelError('unauthorized', reason);
    if (groupOrOthersCanRead(file)) throw locked(`The operator key file ${file} can be read by other users; Laurel will not use it until only you can (chmod 600).`);
    let data: OperatorKeyFile;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8')) as OperatorKeyFile;
    } catch {
      throw locked(`The operator key file ${file} cannot be read.`);
    }
    if (data.format !== FORMAT || data.accountId !== accountId) throw locked(`${file} is not the operator key of ${accountId}.`);
    switch (data.encryption) {
      case 'none':
        return data.key;
      case 'scrypt-aes-256-gcm': {
        const passphrase = this.passphrase();
        if (!passphrase) throw locked(`The key of ${accountId} is encrypted: set LAUREL_KEY_PASSPHRASE to its passphrase.`);
        const key = decrypt(data.encrypted, passphrase);
        if (!key) throw locked(`LAUREL_KEY_PASSPHRASE does not open the key of ${accountId}.`);
        return key.toString('utf8');
      }
      case 'electron-safeStorage':
        if (!this.safeStorage) throw locked(`The key of ${accountId} was stored by the Laurel app in this computer's key chain; only the app can use it. Set HEDERA_OPERATOR_ID and HEDERA_OPERATOR_KEY instead.`);
        return this.safeStorage.decryptString(Buffer.from(data.sealed, 'base64'));
      default:
        throw locked(`${file} uses an encryption Laurel does not know.`);
    }
  }

  save(accountId: string, keyText: string): void {
    const passphrase = this.passphrase();
    const file: OperatorKeyFile = this.safeStorage
      ? { format: FORMAT, accountId, encryption: 'electron-safeStorage', sealed: this.safeStorage.encryptString(keyText).toString('base64') }
      : passphrase
        ? { format: FORMAT, accountId, encryption: 'scrypt-aes-256-gcm', encrypted: encrypt(Buffer.from(keyText, 'utf8'), passphrase) }
        : { format: FORMAT, accountId, encryption: 'none', key: keyText };
    writePrivateFile(this.fileOf(accountId), JSON.stringify(file, null, 2) + '\n');
  }
}
