import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LaurelError } from '../../../shared/api/result';
import { SCHEMA_VERSION } from '../../../electron/store/migrations';
import { createExampleWorkspace } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';
import { makeTempDir, removeTempDirs, sha256OfFile, sideFiles } from '../../helpers/tempFiles';

afterAll(removeTempDirs);

/** Opening `file` must fail with `code`, and the message must name the file and say what to do. */
function refusal(open: () => unknown, code: LaurelError['code'] = 'workspace-unavailable'): LaurelError {
  let caught: unknown;
  try {
    open();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected the open to be refused').toBeInstanceOf(LaurelError);
  const error = caught as LaurelError;
  expect(error.code).toBe(code);
  return error;
}

/** Asserts the refusal left the bytes as they were, and (for non-SQLite input) created no side files. */
function expectRefusedUntouched(file: string, message: RegExp, { sqlite }: { sqlite: boolean }): void {
  const before = sha256OfFile(file);
  const sidesBefore = sideFiles(file);
  const error = refusal(() => Workspace.open(file));
  expect(error.message).toContain(path.basename(file));
  expect(error.message).toMatch(message);
  expect(sha256OfFile(file)).toBe(before);
  if (!sqlite) expect(sideFiles(file)).toEqual([]);
  else expect(sideFiles(file)).toEqual(sidesBefore);
}

/** A real workspace with the example and a few saved revisions, closed cleanly. */
function realWorkspace(file: string): void {
  const ws = createExampleWorkspace(Workspace, file);
  const pathway = ws.list().designs.find((d) => d.kind === 'pathway')!;
  for (let i = 0; i < 5; i++) ws.rename(pathway.id, `Renamed ${i}`);
  ws.close();
}

describe('bad workspace files are refused with a clear error and never modified', () => {
  it('a text file', () => {
    const file = path.join(makeTempDir(), 'notes.laurel');
    fs.writeFileSync(file, 'Meeting notes\n'.repeat(40));
    expectRefusedUntouched(file, /not an SQLite database.*Choose a \.laurel file/, { sqlite: false });
  });

  it('a short text file', () => {
    const file = path.join(makeTempDir(), 'short.laurel');
    fs.writeFileSync(file, 'hello');
    expectRefusedUntouched(file, /too short.*Choose a \.laurel file/, { sqlite: false });
  });

  it('an empty file', () => {
    const file = path.join(makeTempDir(), 'empty.laurel');
    fs.writeFileSync(file, '');
    expectRefusedUntouched(file, /empty.*Choose a \.laurel file/, { sqlite: false });
    expect(fs.statSync(file).size).toBe(0);
  });

  it('a truncated database', () => {
    const file = path.join(makeTempDir(), 'cut.laurel');
    realWorkspace(file);
    expect(sideFiles(file)).toEqual([]);
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(4 * 4096);
    fs.truncateSync(file, Math.floor(size / 2));
    expectRefusedUntouched(file, /damaged.*cut short.*Open a backup/, { sqlite: false });
  });

  it('a truncated database with a WAL beside it (caught by the integrity check, not the size check)', () => {
    const dir = makeTempDir();
    const live = path.join(dir, 'live.laurel');
    realWorkspace(live);
    const ws = Workspace.open(live);
    const id = ws.list().designs[0]!.id;
    ws.rename(id, 'Renamed once more');
    // A snapshot of the open files is the state a crash leaves behind: main file plus its WAL.
    const file = path.join(dir, 'cut-with-wal.laurel');
    fs.copyFileSync(live, file);
    fs.copyFileSync(`${live}-wal`, `${file}-wal`);
    ws.close();
    fs.truncateSync(file, Math.floor(fs.statSync(file).size * 0.9));
    const before = sha256OfFile(file);
    const error = refusal(() => Workspace.open(file));
    expect(error.message).toMatch(/damaged \(its integrity check found \d+ problems?\)\. Open a backup/);
    expect(sha256OfFile(file)).toBe(before);
  });

  it('a database from a newer Laurel', () => {
    const file = path.join(makeTempDir(), 'future.laurel');
    realWorkspace(file);
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(sideFiles(file)).toEqual([]);
    const error = refusal(() => Workspace.open(file));
    expect(error.message).toMatch(new RegExp(`newer Laurel.*format ${SCHEMA_VERSION + 1}.*Update Laurel`));
    // The bytes are what matter; reading a WAL-mode file may leave its (empty) side files behind.
    const before = sha256OfFile(file);
    refusal(() => Workspace.open(file));
    expect(sha256OfFile(file)).toBe(before);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    check.close();
  });

  it('a foreign SQLite database', () => {
    const file = path.join(makeTempDir(), 'contacts.db');
    const db = new Database(file);
    db.exec(`CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, email TEXT);
             INSERT INTO contacts (name, email) VALUES ('Ada', 'ada@example.org'), ('Grace', 'grace@example.org');`);
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    db.close();
    expectRefusedUntouched(file, /SQLite database but not a Laurel workspace.*Choose a \.laurel file/, { sqlite: true });
  });

  it('a read-only file', () => {
    const file = path.join(makeTempDir(), 'locked.laurel');
    realWorkspace(file);
    fs.chmodSync(file, 0o444);
    const mtime = fs.statSync(file).mtimeMs;
    expectRefusedUntouched(file, /read-only.*Make it writable/, { sqlite: false });
    expect(fs.statSync(file).mode & 0o777).toBe(0o444);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
  });

  it('a missing file, which is not created', () => {
    const file = path.join(makeTempDir(), 'nowhere.laurel');
    const error = refusal(() => Workspace.open(file));
    expect(error.message).toMatch(/nowhere\.laurel.*does not exist.*create a new workspace/);
    expect(fs.existsSync(file)).toBe(false);
    expect(sideFiles(file)).toEqual([]);
  });

  it('a directory', () => {
    const dir = path.join(makeTempDir(), 'folder.laurel');
    fs.mkdirSync(dir);
    const error = refusal(() => Workspace.open(dir));
    expect(error.message).toMatch(/folder\.laurel.*folder, not a workspace file.*Choose a \.laurel file/);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(sideFiles(dir)).toEqual([]);
  });

  it('Workspace.create refuses an existing path and leaves it alone', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'existing.laurel');
    realWorkspace(file);
    const before = sha256OfFile(file);
    const error = refusal(() => Workspace.create(file), 'conflict');
    expect(error.message).toMatch(/existing\.laurel.*already exists.*Choose another name/);
    expect(sha256OfFile(file)).toBe(before);
    expect(sideFiles(file)).toEqual([]);

    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'not a workspace');
    refusal(() => Workspace.create(text), 'conflict');
    expect(fs.readFileSync(text, 'utf8')).toBe('not a workspace');

    const folder = path.join(dir, 'sub');
    fs.mkdirSync(folder);
    refusal(() => Workspace.create(folder), 'conflict');
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
