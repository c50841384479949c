import type { Db } from './openDatabase';

/** The workspace's `meta` table: small named values (settings, the outbox's lease, registry topics). */
export const readMeta = (db: Db, key: string): string | undefined =>
  db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value;

export function writeMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
