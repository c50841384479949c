import type { IssuerKeyPair } from './issuerKeyPair';

/**
 * Where this machine keeps issuer private keys, by DID. Never the workspace (it is meant to be shared):
 * Electron's `safeStorage` in the app, an owner-only key file for the CLI and the browser host.
 * - `present`: the key is here and can be used;
 * - `absent`: not on this machine (the workspace came from someone else: import the key);
 * - `locked`: here, but it cannot be opened now (no or wrong passphrase, or another store's encryption).
 */
export type KeyStatus = 'present' | 'absent' | 'locked';

export interface KeyStore {
  /** Where keys are kept, in words, for the UI and the CLI ("key file in ~/.config/…"). Never a secret. */
  readonly description: string;
  status(did: string): { status: KeyStatus; reason?: string };
  /** The key pair, or a `LaurelError` that says how to make the key usable. */
  load(did: string): IssuerKeyPair;
  save(pair: IssuerKeyPair): void;
}
