// The Digital Bazaar and jsonld packages ship JavaScript without types; these declare the parts Laurel uses.

declare module 'jsonld' {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
    /** `static`: jsonld may keep the resolved context across operations. */
    tag?: 'static';
  }
  export type DocumentLoader = (url: string) => Promise<RemoteDocument>;
  export interface JsonLdOptions {
    documentLoader?: DocumentLoader;
    safe?: boolean;
    base?: string | null;
    skipExpansion?: boolean;
    algorithm?: string;
    format?: string;
    rdfDirection?: string;
    [option: string]: unknown;
  }
  interface JsonLd {
    expand(input: unknown, options?: JsonLdOptions): Promise<Record<string, unknown>[]>;
    canonize(input: unknown, options?: JsonLdOptions): Promise<string>;
  }
  const jsonld: JsonLd;
  export default jsonld;
}

declare module '@digitalbazaar/vc' {
  import type { DocumentLoader } from 'jsonld';
  export function issue(options: { credential: object; suite: unknown; documentLoader: DocumentLoader; now?: string | Date }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: DocumentLoader;
    now?: string | Date;
    checkStatus?: unknown;
  }): Promise<{ verified: boolean; error?: { errors?: Error[]; message?: string } & Error; results?: { verified: boolean; error?: Error }[] }>;
}

declare module '@digitalbazaar/data-integrity' {
  export interface Signer {
    id: string;
    algorithm: string;
    sign(options: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export interface Cryptosuite {
    name: string;
    requiredAlgorithm: string;
    canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
    createVerifier(options: { verificationMethod: unknown }): Promise<unknown>;
  }
  export class DataIntegrityProof {
    constructor(options: { signer?: Signer; cryptosuite: Cryptosuite; date?: string | Date });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  import type { Cryptosuite } from '@digitalbazaar/data-integrity';
  export const cryptosuite: Cryptosuite;
}
