import fs from 'node:fs';
import { UsageError } from './args';
import type { Command } from './command';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether a file starts as an SQLite database does; absent or unreadable files are not. */
export function isSqliteFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(SQLITE_HEADER.length);
    fs.readSync(fd, header, 0, header.length, 0);
    return header.equals(SQLITE_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** An output may replace an earlier export, but never a workspace (least of all the one being read). */
export function refuseWorkspaceTarget(file: string, command: Command): void {
  if (isSqliteFile(file)) throw new UsageError(`${command.name}: “${file}” is a database (a workspace?); Laurel will not overwrite it`, command);
}
