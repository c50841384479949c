import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { LaurelError } from '../../shared/api/result';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './migrations';

export type Db = Database.Database;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const unavailable = (file: string, why: string, todo: string) =>
  new LaurelError('workspace-unavailable', `“${path.basename(file)}” ${why}. ${todo}`);

/**
 * Checks a file before anything writes to it: a bad file gets a clear error and is never modified.
 * (Setting WAL mode alone rewrites the header, so every check runs on a read-only connection first.)
 */
function inspectExistingFile(file: string): void {
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw unavailable(file, 'is a folder, not a workspace file', 'Choose a .laurel file.');
  if (stat.size < 100) throw unavailable(file, 'is not a Laurel workspace (it is empty or too short)', 'Choose a .laurel file.');

  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(SQLITE_HEADER)) {
    throw unavailable(file, 'is not a Laurel workspace (it is not an SQLite database)', 'Choose a .laurel file.');
  }
  // The header records the database size in pages when bytes 92 and 24 agree; fewer bytes means truncation.
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  const sizeValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  // A checkpoint copies pages in ascending order, so a crash during one can leave page 1 (with the new
  // size) written before the pages past the old end: SQLite recovers that from the WAL, and quick_check
  // below judges the result. Only without a WAL does a short file mean it was cut.
  const walBytes = fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  if (walBytes === 0 && sizeValid && pages > 0 && stat.size < pages * pageSize) {
    throw unavailable(
      file,
      `is damaged: it should hold ${pages * pageSize} bytes but holds ${stat.size} (it was cut short)`,
      'Open a backup of it instead; Laurel has not changed the file.',
    );
  }
  // Root passes access(W_OK) even on a 0444 file, so read the permission bits too.
  let writable = (stat.mode & 0o222) !== 0;
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) {
    throw unavailable(file, 'is read-only', 'Make it writable, or open a copy of it.');
  }

  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (applicationId !== APPLICATION_ID) {
      throw unavailable(file, 'is an SQLite database but not a Laurel workspace', 'Choose a .laurel file.');
    }
    if (version > SCHEMA_VERSION) {
      throw unavailable(
        file,
        `was made by a newer Laurel (workspace format ${version}; this version reads up to ${SCHEMA_VERSION})`,
        'Update Laurel to open it.',
      );
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      // SQLite's report is many lines of b-tree detail: count the problems rather than show them.
      const problems = String(check).split('\n').filter((line) => line && !line.startsWith('***')).length;
      throw unavailable(file, `is damaged (its integrity check found ${problems} problem${problems === 1 ? '' : 's'})`, 'Open a backup of it instead; Laurel has not changed the file.');
    }
  } catch (error) {
    if (error instanceof LaurelError) throw error;
    throw unavailable(file, `is damaged or unreadable (${(error as Error).message})`, 'Open a backup of it instead; Laurel has not changed the file.');
  } finally {
    db?.close();
  }
}

/** The one place every workspace connection is opened and configured. */
function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // WAL + NORMAL keeps every committed save through a process crash; only power loss may drop the last one.
  db.pragma('synchronous = NORMAL');
  // Copying the WAL into the file (a checkpoint, with two fsyncs) is left to the workspace's idle timer,
  // between autosaves. By default SQLite runs one inside the commit that passes 1,000 pages (4 MB, five saves
  // of a 2,000-node pathway), which made every fifth such save slow. This is the bound for writes that never
  // pause: the commit that takes the WAL past 16 MB checkpoints it (35-40 ms of CPU here, plus the fsyncs).
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
}

/** Pages (4 KB) the WAL may hold before a commit checkpoints it itself. */
export const WAL_AUTOCHECKPOINT_PAGES = 4000;

function migrate(db: Db, file: string): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from === SCHEMA_VERSION) return;
  try {
    db.transaction(() => {
      for (let v = from; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
  } catch (error) {
    // The transaction rolled back: the file is as it was (a body that is not JSON stops migration 2, say).
    db.close();
    throw unavailable(
      file,
      `could not be brought up to this Laurel's workspace format ${SCHEMA_VERSION} (${(error as Error).message})`,
      'Open a backup of it instead; Laurel has not changed the file.',
    );
  }
}

/** Opens an existing workspace file, after checking it, and brings its schema up to date. */
export function openDatabase(file: string): Db {
  if (!fs.existsSync(file)) {
    throw unavailable(file, 'does not exist', 'Check the path, or create a new workspace.');
  }
  inspectExistingFile(file);
  const db = new Database(file, { fileMustExist: true });
  configure(db);
  migrate(db, file);
  return db;
}

/** Creates a new, empty workspace file; refuses to replace one that exists. */
export function createDatabase(file: string): Db {
  if (fs.existsSync(file)) {
    throw new LaurelError('conflict', `“${path.basename(file)}” already exists. Choose another name; Laurel never overwrites a file.`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  configure(db);
  migrate(db, file);
  return db;
}
