import type { Command } from './command';

export const commandUsage = (command: Command) => `laurel ${command.usage}`;

/** `laurel <command> --help`. */
export function commandHelp(command: Command): string {
  const lines = [`usage: ${commandUsage(command)}`, '', command.summary + '.'];
  if (command.details) lines.push('', command.details);
  const options = Object.entries(command.options ?? {});
  const rows = [
    ...options.map(([name, spec]) => [
      `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` <${spec.value ?? 'value'}>` : ''}`,
      spec.description,
    ]),
    ['-h, --help', 'Show this help'],
  ];
  const width = Math.max(...rows.map(([flag]) => flag!.length));
  lines.push('', 'options:', ...rows.map(([flag, text]) => `  ${flag!.padEnd(width)}  ${text}`));
  return lines.join('\n') + '\n';
}

/** `laurel --help`. */
export function programHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 'help'.length);
  return [
    'laurel: Laurel Studio on the command line, for scripts and CI.',
    '',
    'usage: laurel <command> [arguments] [options]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  Show this help, or a command's: laurel help <command>`,
    '',
    "Run `laurel <command> --help` for a command's arguments and options.",
    'Exit codes: 0 success, 2 bad input or usage, 3 the design has errors (check), 1 anything else.',
    '',
  ].join('\n');
}
