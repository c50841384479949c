import crypto from 'node:crypto';
import jsonld, { type JsonLdOptions } from 'jsonld';

/**
 * JSON-LD expansion of credentials that differ only in their values, done once per shape.
 *
 * Expanding an OB 3.0 credential costs ~5 ms, nearly all of it jsonld.js copying the active context each
 * time a type-scoped context applies; the result depends on the keys, the types and the contexts, not on
 * most values. So a document is split into a skeleton, where each string value becomes a numbered
 * placeholder, and its values; the skeleton's expansion is cached, and a document's expansion is the
 * cached one with the placeholders replaced by its values.
 *
 * That is sound only for values whose expansion does not depend on what they are, so every cached
 * expansion is checked before it is kept: each placeholder must come out exactly as a literal (`@value`)
 * or, for a value that is an absolute IRI, exactly as itself in `@id` (the placeholder keeps the value's
 * scheme and any `//`, the parts IRI expansion looks at). A placeholder that comes out any other way (an
 * IRI made from a vocabulary, a language, a type, a term) marks its position as one whose value must stay
 * in the skeleton, and the skeleton is made again. If the skeleton cannot be expanded at all, the document
 * is expanded as it is. `expansionCache.test.ts` compares the result with plain expansion on random values.
 */

const NONCE = `laurel${crypto.randomBytes(8).toString('hex')}v`;
const ABSOLUTE_IRI = /^([A-Za-z][A-Za-z0-9+.-]*):[^\s]*$/;
/** Values under these keys choose types and node ids; they always stay in the skeleton. */
const STRUCTURAL = /\/(type|@type)$/;

/** Positions (paths of keys from the root, array indexes left out) whose values must stay in the skeleton. */
const literalPaths = new Set<string>();
const expansions = new Map<string, unknown>();
const MAX_CACHED = 500;

interface Skeleton {
  skeleton: unknown;
  values: string[];
  paths: string[];
}

function makeSkeleton(document: unknown): Skeleton | undefined {
  const values: string[] = [];
  const paths: string[] = [];
  let clash = false;
  const walk = (value: unknown, at: string): unknown => {
    if (typeof value === 'string') {
      if (value.includes(NONCE)) clash = true;
      if (literalPaths.has(at) || STRUCTURAL.test(at)) return value;
      const n = values.push(value) - 1;
      paths.push(at);
      if (/\/(id|@id)$/.test(at)) {
        // An id's expansion depends on its scheme (a prefix may be defined for it) and on `//`.
        const scheme = ABSOLUTE_IRI.exec(value)?.[1];
        if (!scheme || scheme === '_') {
          values.pop();
          paths.pop();
          return value;
        }
        return `${scheme}:${value.startsWith(`${scheme}://`) ? '//' : ''}${NONCE}${n}`;
      }
      return `${NONCE}${n}`;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, at));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(value)) out[key] = key === '@context' ? child : walk(child, `${at}/${key}`);
      return out;
    }
    return value;
  };
  const skeleton = walk(document, '');
  return clash ? undefined : { skeleton, values, paths };
}

/** The placeholders whose expansion is not exactly their value (see above), by number. */
function unsoundPlaceholders(expanded: unknown): Set<number> | 'unusable' {
  const bad = new Set<number>();
  let unusable = false;
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      const at = value.indexOf(NONCE);
      if (at < 0) return;
      const digits = /^\d+/.exec(value.slice(at + NONCE.length))?.[0];
      if (digits === undefined) return void (unusable = true);
      const exact = value.length === at + NONCE.length + digits.length;
      const literal = key === '@value' && at === 0;
      const iri = key === '@id' && /^[A-Za-z][A-Za-z0-9+.-]*:(\/\/)?$/.test(value.slice(0, at));
      if (!exact || !(literal || iri)) bad.add(Number(digits));
      return;
    }
    if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (typeof value === 'object' && value !== null) {
      for (const [childKey, child] of Object.entries(value)) {
        if (childKey.includes(NONCE)) unusable = true;
        walk(child, childKey);
      }
    }
  };
  walk(expanded, '');
  return unusable ? 'unusable' : bad;
}

function fill(template: unknown, values: readonly string[]): unknown {
  if (typeof template === 'string') {
    const at = template.indexOf(NONCE);
    return at < 0 ? template : values[Number(template.slice(at + NONCE.length))];
  }
  if (Array.isArray(template)) return template.map((item) => fill(item, values));
  if (typeof template === 'object' && template !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(template)) out[key] = fill(child, values);
    return out;
  }
  return template;
}

/**
 * `jsonld.expand(document, {...options, safe: true})`, answered from the cache when the shape is known.
 * `loaderKey` names what the document loader serves (which context revisions): expansions made with one
 * loader are never reused with another.
 */
export async function expandCached(document: unknown, options: JsonLdOptions, loaderKey = 'current'): Promise<unknown> {
  const expandOptions = { ...options, safe: true };
  for (let attempt = 0; attempt < 8; attempt++) {
    const split = makeSkeleton(document);
    if (!split) break;
    const key = `${loaderKey}\n${JSON.stringify(split.skeleton)}`;
    let expanded = expansions.get(key);
    if (expanded === undefined) {
      try {
        expanded = await jsonld.expand(split.skeleton, expandOptions);
      } catch {
        break; // e.g. safe mode refused a placeholder: expand the document itself, which reports its own errors
      }
      const bad = unsoundPlaceholders(expanded);
      if (bad === 'unusable') break;
      if (bad.size > 0) {
        for (const n of bad) literalPaths.add(split.paths[n]!);
        continue;
      }
      if (expansions.size >= MAX_CACHED) expansions.delete(expansions.keys().next().value!);
      expansions.set(key, expanded);
    }
    return fill(expanded, split.values);
  }
  return jsonld.expand(document, expandOptions);
}

/**
 * RDFC-1.0 canonical N-Quads of a JSON-LD document, as the eddsa-rdfc-2022 cryptosuite makes them (safe
 * mode, no base, `i18n-datatype` directions), with the expansion step cached.
 */
export async function canonizeCached(document: unknown, options: JsonLdOptions, loaderKey = 'current'): Promise<string> {
  const expanded = await expandCached(document, { ...options, base: null }, loaderKey);
  return jsonld.canonize(expanded, {
    ...options,
    base: null,
    safe: true,
    skipExpansion: true,
    rdfDirection: 'i18n-datatype',
    algorithm: 'RDFC-1.0',
    format: 'application/n-quads',
  });
}

/** For tests: forget what was learnt and cached. */
export function resetExpansionCache(): void {
  literalPaths.clear();
  expansions.clear();
}
