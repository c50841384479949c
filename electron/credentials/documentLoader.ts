import type { DocumentLoader, RemoteDocument } from 'jsonld';
import { didKeyDocument } from '../keys/didKey';
import { bundledContexts, type ContextRevisions } from './bundledContexts';

export interface LoaderOptions {
  /** Which revision of a context URL to serve (index into its revisions; 0, the current one, by default). */
  revisions?: ReadonlyMap<string, number>;
  /** DID or controller documents given locally (`laurel verify --did-doc`), by id. */
  controllerDocuments?: ReadonlyMap<string, Record<string, unknown>>;
  contexts?: ContextRevisions;
}

/** Why a URL was not loaded: never the network. A verifier reports it as "unavailable". */
export class RefusedUrlError extends Error {
  constructor(readonly url: string) {
    super(`Laurel loads JSON-LD contexts only from its bundled copies and DID documents only from did:key or local files; it refused “${url}”.`);
    this.name = 'RefusedUrlError';
  }
}

/** The URL a JSON-LD error was caused by a refused load of, if it was. */
export function refusedUrlIn(error: unknown): string | undefined {
  for (let e = error as { name?: string; url?: string; cause?: unknown; details?: { cause?: unknown } } | undefined, depth = 0; e && depth < 8; depth++) {
    if (e.name === 'RefusedUrlError') return e.url;
    e = (e.details?.cause ?? e.cause) as typeof e;
  }
  return undefined;
}

const remote = (url: string, document: unknown): RemoteDocument => ({ contextUrl: null, documentUrl: url, document });

/** A verification method (`did:…#key`) out of its controller document, with that document's @context. */
function fragmentOf(document: Record<string, unknown>, url: string): Record<string, unknown> | undefined {
  const methods = [document.verificationMethod, document.assertionMethod].flat().filter((m): m is Record<string, unknown> => typeof m === 'object' && m !== null);
  const method = methods.find((m) => m.id === url || (typeof m.id === 'string' && m.id.startsWith('#') && `${document.id}${m.id}` === url));
  return method && { '@context': document['@context'], ...method, id: url };
}

/**
 * The only document loader Laurel gives JSON-LD: bundled contexts by URL, `did:key` documents derived from
 * the DID, and controller documents the caller supplied. Every other URL is refused, so signing and
 * verifying never touch the network and no remote context can change what a signature covers.
 */
export function createDocumentLoader(options: LoaderOptions = {}): DocumentLoader {
  const contexts = options.contexts ?? bundledContexts();
  return async (url: string) => {
    const revisions = contexts.get(url);
    if (revisions) return remote(url, revisions[options.revisions?.get(url) ?? 0] ?? revisions[0]);
    const [base] = url.split('#');
    const local = options.controllerDocuments?.get(base!);
    const document = local ?? (base!.startsWith('did:key:') ? (didKeyDocument(base!) as Record<string, unknown> | undefined) : undefined);
    if (document) {
      if (url === base) return remote(url, document);
      const method = fragmentOf(document, url);
      if (method) return remote(url, method);
    }
    throw new RefusedUrlError(url);
  };
}
