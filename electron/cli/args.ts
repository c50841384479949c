import { parseArgs } from 'node:util';
import { LaurelError } from '../../shared/api/result';
import type { Command, CommandInput } from './command';

/** A mistake in how the command was called: exits 2 and shows the command's usage. */
export class UsageError extends LaurelError {
  constructor(
    message: string,
    readonly command?: Command,
  ) {
    super('invalid-argument', message);
    this.name = 'UsageError';
  }
}

export type ParsedCommandLine = { help: true } | { help: false; input: CommandInput };

/** Parses a command's arguments strictly: unknown options, missing or extra arguments are usage errors. */
export function parseCommandLine(command: Command, argv: readonly string[]): ParsedCommandLine {
  const options = Object.fromEntries(
    Object.entries(command.options ?? {}).map(([name, spec]) => [name, spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // node:util explains well ("Unknown option '--x'"), but adds a hint about '--' that does not apply here.
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(message, command);
  }
  if (parsed.values.help === true) return { help: true };

  const { positionals } = parsed;
  const missing = command.arguments.slice(positionals.length);
  if (missing.length > 0) throw new UsageError(`${command.name}: missing ${missing.map((a) => `<${a}>`).join(' ')}`, command);
  const names = [...command.arguments, ...(command.optionalArguments ?? [])];
  if (positionals.length > names.length) {
    throw new UsageError(`${command.name}: unexpected argument “${positionals[names.length]}”`, command);
  }
  const args = Object.fromEntries(positionals.map((value, i) => [names[i]!, value]));
  const { help: _help, ...values } = parsed.values;
  return { help: false, input: { args, options: values as CommandInput['options'] } };
}

export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.options[name];
  return typeof value === 'string' ? value : undefined;
}
