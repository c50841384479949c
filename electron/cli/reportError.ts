import { LaurelError, type ErrorCode } from '../../shared/api/result';
import { UsageError } from './args';
import type { CliIo } from './command';
import { commandUsage } from './help';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
/** Bad input or usage: the caller can fix it by changing what they pass. */
export const EXIT_BAD_INPUT = 2;

const EXIT_CODE_BY_ERROR = {
  'invalid-argument': EXIT_BAD_INPUT,
  'unknown-method': EXIT_BAD_INPUT,
  'payload-too-large': EXIT_BAD_INPUT,
  'not-found': EXIT_BAD_INPUT,
  // Only `init` on an existing file reaches this: the caller named a file that is taken.
  conflict: EXIT_BAD_INPUT,
  'invalid-document': EXIT_BAD_INPUT,
  'workspace-unavailable': EXIT_BAD_INPUT,
  unauthorized: EXIT_FAILURE,
  internal: EXIT_FAILURE,
} as const satisfies Record<ErrorCode, number>;

/**
 * Prints an error as one line a person can act on (`laurel: …`), then where the input is wrong if the
 * error says, and returns the exit code. A stack trace is shown only with LAUREL_DEBUG=1.
 */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof LaurelError) {
    io.err(`laurel: ${error.message}\n`);
    const issues = error.issues ?? [];
    // A lone issue is usually already the message's own subject; say it once.
    const saidAlready = issues.length === 1 && error.message.includes(`${issues[0]!.path}: ${issues[0]!.message}`);
    if (!saidAlready) for (const issue of issues) io.err(`  ${issue.path}: ${issue.message}\n`);
    if (error instanceof UsageError && error.command) io.err(`usage: ${commandUsage(error.command)}\n`);
    if (process.env.LAUREL_DEBUG === '1' && error.stack) io.err(`${error.stack}\n`);
    return EXIT_CODE_BY_ERROR[error.code];
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`laurel: unexpected error: ${message.split('\n')[0]}\n`);
  if (process.env.LAUREL_DEBUG === '1' && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  else io.err('laurel: run again with LAUREL_DEBUG=1 to see where it happened.\n');
  return EXIT_FAILURE;
}
