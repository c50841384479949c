import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { resourcePath } from '../files/resourcePath';

interface MapEntry {
  file: string;
  sha256: string;
  source: string;
  licence: string;
}

/** Every revision Laurel has of each context URL, current first, parsed. */
export type ContextRevisions = ReadonlyMap<string, readonly unknown[]>;

let loaded: ContextRevisions | undefined;

/**
 * The JSON-LD contexts shipped in `resources/contexts/` (DESIGN §6: contexts always come from bundled
 * copies). Each file is checked against the SHA-256 pinned in `context-map.json`, so a context edited by
 * mistake, or a drifted copy, is refused rather than silently changing what signatures cover.
 */
export function bundledContexts(dir = resourcePath('contexts')): ContextRevisions {
  if (loaded && dir === resourcePath('contexts')) return loaded;
  const map = JSON.parse(fs.readFileSync(path.join(dir, 'context-map.json'), 'utf8')) as Record<string, MapEntry[] | string>;
  const contexts = new Map<string, unknown[]>();
  for (const [url, entries] of Object.entries(map)) {
    if (typeof entries === 'string') continue; // the note
    contexts.set(
      url,
      entries.map((entry) => {
        const bytes = fs.readFileSync(path.join(dir, entry.file));
        const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
        if (sha256 !== entry.sha256) throw new Error(`The bundled context ${entry.file} for ${url} does not match its pinned SHA-256; it has been changed.`);
        return deepFreeze(JSON.parse(bytes.toString('utf8')));
      }),
    );
  }
  if (dir === resourcePath('contexts')) loaded = contexts;
  return contexts;
}

/** Contexts are shared by every load: freezing them means no caller can change what the next one reads. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
