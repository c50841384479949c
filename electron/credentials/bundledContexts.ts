import crypto from 'node:crypto';
import { CONTEXT_PACKAGES, CONTEXT_SOURCES, type ContextSource } from './contextSources';

/** Every revision Laurel has of each context URL, current first, parsed. */
export type ContextRevisions = ReadonlyMap<string, readonly unknown[]>;

let loaded: ContextRevisions | undefined;

/**
 * The JSON-LD contexts Laurel serves (DESIGN §6: contexts are never fetched), from the npm packages listed in
 * contextSources.ts. Each is checked against its pinned SHA-256, so a package update that changes a context,
 * and with it what signatures cover, is refused rather than taken silently.
 */
export function bundledContexts(): ContextRevisions {
  loaded ??= new Map(Object.entries(CONTEXT_SOURCES).map(([url, sources]) => [url, sources.map((source) => pinnedContext(url, source))]));
  return loaded;
}

/** One context out of its package, checked against its pin. */
export function pinnedContext(url: string, source: ContextSource): unknown {
  const document = CONTEXT_PACKAGES[source.package].get(url);
  if (document === undefined) throw new Error(`The package ${source.package} has no context for ${url}.`);
  const text = JSON.stringify(document);
  const sha256 = crypto.createHash('sha256').update(text, 'utf8').digest('hex');
  if (sha256 !== source.sha256) throw new Error(`The context ${url} in ${source.package} does not match its pinned SHA-256: the package has changed it.`);
  // Served from our own parse of the hashed text: the package's object is shared with its other users.
  return deepFreeze(JSON.parse(text));
}

/** Contexts are shared by every load: freezing them means no caller can change what the next one reads. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
