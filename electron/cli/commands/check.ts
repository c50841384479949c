import { PATHWAY_FORMAT } from '../../../shared/pathway/model';
import { validateForPublish, validatePathway } from '../../../shared/pathway/validate';
import type { Command } from '../command';
import { printJson } from '../command';
import { loadPathway } from '../loadPathway';

/** The pathway was read but is wrong as drawn: distinct from 2, where it could not be read at all. */
export const EXIT_PATHWAY_HAS_ERRORS = 3;

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const checkCommand = {
  name: 'check',
  summary: 'Validate a pathway and print its problems as JSON',
  usage: 'check <pathway.json | file pathway> [--publish]',
  arguments: ['file'],
  optionalArguments: ['pathway'],
  options: {
    publish: {
      type: 'boolean',
      description: "Check it for publishing: a credential's missing name, description, criteria or template is an error",
    },
  },
  details:
    `Checks a ${PATHWAY_FORMAT} JSON file, or the pathway of that id or name in a workspace file.\n` +
    'Prints {"pathway": {"id", "name"}, "errors": n, "warnings": n, "problems": [{"severity", "code",\n' +
    '"message", "hint", "nodeId"?, "edgeId"?, "nodeIds"?}]}, errors first.\n' +
    'Exit codes: 0 no errors (warnings allowed), 3 errors, 2 the pathway cannot be read.',
  run(input, io) {
    const pathway = loadPathway(input, checkCommand);
    const problems = input.options.publish === true ? validateForPublish(pathway) : validatePathway(pathway);
    const errors = problems.filter((p) => p.severity === 'error');
    printJson(io, {
      pathway: { id: pathway.id, name: pathway.name },
      errors: errors.length,
      warnings: problems.length - errors.length,
      problems,
    });
    if (errors.length === 0) return;
    // stdout is for scripts; a person reading a CI log sees at once what is wrong.
    io.err(`laurel: “${pathway.name}” has ${counted(errors.length, 'error')}:\n`);
    for (const error of errors) io.err(`  ${error.code}${error.nodeId === undefined ? '' : ` at ${error.nodeId}`}: ${error.message}\n`);
    return EXIT_PATHWAY_HAS_ERRORS;
  },
} satisfies Command;
