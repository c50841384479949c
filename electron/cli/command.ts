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
  /** Positional arguments that may follow the required ones, in order; a call may leave them out from the end. */
  optionalArguments?: readonly string[];
  options?: Readonly<Record<string, OptionSpec>>;
  /** Further help text, shown by `laurel <command> --help`. */
  details?: string;
  /** Returns the exit code when success is not the only good outcome (`check` finding errors); nothing means 0. */
  run(input: CommandInput, io: CliIo): void | number | Promise<void | number>;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in help, for string options. */
  value?: string;
  description: string;
}

export interface CommandInput {
  /** Positional arguments by the names in `Command.arguments`, then those of `optionalArguments` that were given. */
  args: Readonly<Record<string, string>>;
  options: Readonly<Record<string, string | boolean | undefined>>;
}

/** Where a command writes; the process's streams in `bin/laurel.js`, buffers in a test. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const printJson = (io: CliIo, value: unknown) => io.out(JSON.stringify(value, null, 2) + '\n');
