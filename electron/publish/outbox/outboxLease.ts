import os from 'node:os';
import { readMeta, writeMeta } from '../../store/meta';
import type { Db } from '../../store/openDatabase';

/**
 * One sender per workspace at a time: the app and `laurel outbox run` could otherwise both sign a chunk
 * nobody had signed yet, under two ids, and the file topic would hold it twice. The lease is a row in
 * `meta`, taken in an IMMEDIATE transaction; a holder that died (a crash) or went quiet loses it.
 */
const LEASE_KEY = 'outbox.lease';
const LEASE_MS = 60_000;

interface Lease {
  pid: number;
  host: string;
  until: number;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes or renews the lease; false when another live process on this machine holds it. */
export function takeLease(db: Db, now = Date.now()): boolean {
  return db.transaction(() => {
    const text = readMeta(db, LEASE_KEY);
    const held = text ? (JSON.parse(text) as Lease) : undefined;
    const mine = held && held.pid === process.pid && held.host === os.hostname();
    if (held && !mine && held.until > now && (held.host !== os.hostname() || alive(held.pid))) return false;
    const lease: Lease = { pid: process.pid, host: os.hostname(), until: now + LEASE_MS };
    writeMeta(db, LEASE_KEY, JSON.stringify(lease));
    return true;
  }).immediate();
}

export function releaseLease(db: Db): void {
  db.prepare("DELETE FROM meta WHERE key = ? AND json_extract(value, '$.pid') = ?").run(LEASE_KEY, process.pid);
}
