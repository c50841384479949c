/**
 * One `laurel` command: its metadata (what `help` shows) kept apart from what it does, so a new command
 * (check, simulate, render, publish…) is one file under `commands/` and one line in the table.
 */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The synopsis after `laurel`, e.g. `export <file> <design> [--out <file>]`. */
  usage: string;
  /** Positional arguments, in order; each is required. */
  arguments: readonly string[];
  options?: Readonly<Record<string, OptionSpec>>;
  /** Further help text, shown by `laurel <command> --help`. */
  details?: string;
  run(input: CommandInput, io: CliIo): void | Promise<void>;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in help, for string options. */
  value?: string;
  description: string;
}

export interface CommandInput {
  /** Positional arguments by the names in `Command.arguments`. */
  args: Readonly<Record<string, string>>;
  options: Readonly<Record<string, string | boolean | undefined>>;
}

/** Where a command writes; the process's streams in `bin/laurel.js`, buffers in a test. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const printJson = (io: CliIo, value: unknown) => io.out(JSON.stringify(value, null, 2) + '\n');
