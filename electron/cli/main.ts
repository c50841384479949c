import { parseCommandLine, UsageError } from './args';
import type { CliIo } from './command';
import { COMMANDS } from './commands';
import { commandHelp, programHelp } from './help';
import { EXIT_BAD_INPUT, EXIT_OK, reportError } from './reportError';

const findCommand = (name: string) => COMMANDS.find((c) => c.name === name);

const unknownCommand = (name: string) =>
  new UsageError(`unknown command “${name}”. Commands: ${COMMANDS.map((c) => c.name).join(', ')}, help.`);

/** Runs `laurel <argv>` and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      io.err(programHelp(COMMANDS));
      return EXIT_BAD_INPUT;
    }
    if (name === '--help' || name === '-h') {
      io.out(programHelp(COMMANDS));
      return EXIT_OK;
    }
    if (name === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        io.out(programHelp(COMMANDS));
        return EXIT_OK;
      }
      const command = findCommand(topic);
      if (!command) throw unknownCommand(topic);
      io.out(commandHelp(command));
      return EXIT_OK;
    }

    const command = findCommand(name);
    if (!command) throw unknownCommand(name);
    const parsed = parseCommandLine(command, rest);
    if (parsed.help) {
      io.out(commandHelp(command));
      return EXIT_OK;
    }
    return (await command.run(parsed.input, io)) ?? EXIT_OK;
  } catch (error) {
    return reportError(error, io);
  }
}
