import fs from 'node:fs';
import { LaurelError } from '../../shared/api/result';

/** Reads an input file named on the command line; a missing or unreadable one is bad input (exit 2). */
export function readTextFile(file: string, expected = ''): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    throw new LaurelError('invalid-argument', `“${file}” ${reason}${expected ? `; ${expected}` : ''}.`);
  }
}
