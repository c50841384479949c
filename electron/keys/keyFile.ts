import fs from 'node:fs';
import path from 'node:path';

/** The format of a key store file; its secret part depends on the store that wrote it. */
export const KEY_FILE_FORMAT = 'laurel.issuer-key/1';

export interface KeyFileHeader {
  format: typeof KEY_FILE_FORMAT;
  did: string;
  publicKeyMultibase: string;
  /** `none` (plain PKCS#8), `scrypt-aes-256-gcm` (passphrase) or `electron-safeStorage` (OS key chain). */
  encryption: 'none' | 'scrypt-aes-256-gcm' | 'electron-safeStorage';
  createdAt: string;
}

/** One file per key, named after its public key (public: the name reveals nothing secret). */
export const keyFileName = (publicKeyMultibase: string) => `${publicKeyMultibase}.key.json`;

/** Creates the key folder readable by its owner only. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
}

/** Writes a key file atomically, owner-only from its first byte (the temp file is made 0600, then renamed). */
export function writePrivateFile(file: string, text: string): void {
  ensurePrivateDir(path.dirname(file));
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

/** Like ssh with a private key file: refuse one that other users could read. */
export function groupOrOthersCanRead(file: string): boolean {
  if (process.platform === 'win32') return false;
  return (fs.statSync(file).mode & 0o077) !== 0;
}
