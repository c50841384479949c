import crypto from 'node:crypto';
import { DataIntegrityProof, type Cryptosuite, type Signer } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { DocumentLoader } from 'jsonld';
import { didKeyVerificationMethod } from '../keys/didKey';
import type { IssuerKeyPair } from '../keys/issuerKeyPair';
import { createDocumentLoader } from './documentLoader';
import { canonizeCached } from './expansionCache';

/** Digital Bazaar's eddsa-rdfc-2022 cryptosuite, with its JSON-LD expansion answered from the cache. */
export const cachedEddsaRdfc2022: Cryptosuite = {
  ...eddsaRdfc2022,
  canonize: (input, options) => canonizeCached(input, options),
};

/**
 * Signs with the KeyObject itself (node:crypto): the Multikey library's signer would parse the raw key
 * again for every signature, 17× slower here (MEASURING.md), and it would need the secret as a string.
 */
export function issuerSigner(pair: IssuerKeyPair): Signer {
  return {
    id: didKeyVerificationMethod(pair.did),
    algorithm: 'Ed25519',
    sign: async ({ data }) => crypto.sign(null, data, pair.privateKey),
  };
}

let sharedLoader: DocumentLoader | undefined;
const loader = () => (sharedLoader ??= createDocumentLoader());

/**
 * Signs a credential with an `eddsa-rdfc-2022` Data Integrity proof by the issuer's did:key, with
 * `@digitalbazaar/vc` and the bundled contexts only. `created` defaults to now.
 */
export async function signCredential<T extends object>(credential: T, pair: IssuerKeyPair, options: { created?: Date; cached?: boolean } = {}): Promise<T & { proof: Record<string, unknown> }> {
  const suite = new DataIntegrityProof({
    signer: issuerSigner(pair),
    cryptosuite: options.cached === false ? eddsaRdfc2022 : cachedEddsaRdfc2022,
    ...(options.created ? { date: options.created } : {}),
  });
  return (await vc.issue({ credential, suite, documentLoader: loader() })) as T & { proof: Record<string, unknown> };
}

/** Verifies with Digital Bazaar's own verifier (a second opinion beside Laurel's verifier core). */
export async function verifyWithDigitalBazaar(credential: object, options: { now?: Date; cached?: boolean } = {}): Promise<{ verified: boolean; error?: string }> {
  const suite = new DataIntegrityProof({ cryptosuite: options.cached ? cachedEddsaRdfc2022 : eddsaRdfc2022 });
  const result = await vc.verifyCredential({ credential, suite, documentLoader: loader(), ...(options.now ? { now: options.now } : {}) });
  const error = result.error?.errors?.[0]?.message ?? result.error?.message ?? result.results?.find((r) => r.error)?.error?.message;
  return error === undefined ? { verified: result.verified } : { verified: result.verified, error };
}
