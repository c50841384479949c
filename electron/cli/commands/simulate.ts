import { evaluatePathway } from '../../../shared/pathway/evaluate';
import { isActivity, PATHWAY_FORMAT, type PathwayNode } from '../../../shared/pathway/model';
import { stringOption, UsageError } from '../args';
import type { Command } from '../command';
import { printJson } from '../command';
import { loadPathway } from '../loadPathway';

const quoted = (ids: readonly string[]) => ids.map((id) => `“${id}”`).join(', ');

/** `a,b, c,,a` → `[a, b, c]`: spaces and empty entries are slips, not ids. */
function idList(text: string): string[] {
  return [...new Set(text.split(',').map((id) => id.trim()).filter((id) => id !== ''))];
}

export const simulateCommand = {
  name: 'simulate',
  summary: 'Print every node\'s state for a learner who has completed some activities',
  usage: 'simulate <pathway.json | file pathway> --completed <id,id,…>',
  arguments: ['file'],
  optionalArguments: ['pathway'],
  options: {
    completed: {
      type: 'string',
      short: 'c',
      value: 'id,id,…',
      description: 'The ids of the units, assessments and evidence completed, comma-separated (none if left out)',
    },
  },
  details:
    `Evaluates a ${PATHWAY_FORMAT} JSON file, or the pathway of that id or name in a workspace file.\n` +
    'Prints {"nodes": {"<id>": {"state", "missing": [ids], "missingText"?}}} in document order. States:\n' +
    'activities are completed, available or locked; skills and credentials earned, in-progress or locked.\n' +
    'An id that is not in the pathway is an error; skills and credentials are earned, not completed, so\n' +
    'their ids are ignored, with a note.',
  run(input, io) {
    const pathway = loadPathway(input, simulateCommand);
    const completed = idList(stringOption(input, 'completed') ?? '');

    const nodeById = new Map<string, PathwayNode>();
    for (const node of pathway.nodes) if (!nodeById.has(node.id)) nodeById.set(node.id, node);
    const unknown = completed.filter((id) => !nodeById.has(id));
    if (unknown.length > 0) {
      throw new UsageError(
        `simulate: --completed names ${unknown.length === 1 ? 'an id' : 'ids'} not in “${pathway.name}”: ${quoted(unknown)}`,
        simulateCommand,
      );
    }
    const notActivities = completed.filter((id) => !isActivity(nodeById.get(id)!.kind));
    if (notActivities.length > 0) {
      io.err(`laurel: note: ignoring ${quoted(notActivities)} in --completed: skills and credentials are earned from their inputs, not completed.\n`);
    }

    const { nodes } = evaluatePathway(pathway, completed);
    printJson(io, {
      nodes: Object.fromEntries(
        Object.entries(nodes).map(([id, { state, missing, missingText }]) => [
          id,
          missingText === undefined ? { state, missing } : { state, missing, missingText },
        ]),
      ),
    });
  },
} satisfies Command;
