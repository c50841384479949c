import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder under the system temp dir; `removeTempDirs` deletes every folder made so far. */
const made: string[] = [];
export function makeTempDir(prefix = 'laurel-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    // A test may have made a file read-only; root ignores that, others need the folder writable only.
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function sha256OfFile(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The SQLite side files a connection may leave beside a database. */
export function sideFiles(file: string): string[] {
  return ['-wal', '-shm', '-journal'].map((suffix) => file + suffix).filter((f) => fs.existsSync(f));
}
