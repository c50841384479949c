import { UsageError } from '../args';
import { printJson, type Command } from '../command';
import { Workspace } from '../../store/workspace';
import { NETWORK_OPTIONS, networkFromOptions } from '../networkOptions';
import { publicationReport, sendAndReport } from './publish';

export const outboxCommand = {
  name: 'outbox',
  summary: 'Show or send the publications waiting in a workspace\'s outbox',
  usage: 'outbox <run|list> <file> [--network <name>] [--consensus host:port --node-account 0.0.x --mirror <url>]',
  arguments: ['action', 'file'],
  options: NETWORK_OPTIONS,
  details:
    '`run` resolves every pending transaction by its receipt or the mirror node, resends stored bytes that are\n' +
    'still valid, signs anew only what provably never reached consensus, and finishes each publication.\n' +
    '`list` prints every publication and its state. The operator is found as for `laurel publish`.',
  async run(input, io) {
    const action = input.args.action;
    if (action !== 'run' && action !== 'list') throw new UsageError(`outbox: expected run or list, not “${action}”`);
    const workspace = Workspace.open(input.args.file!);
    try {
      if (action === 'list') {
        const { listPublications } = await import('../../publish/publisher');
        printJson(io, { publications: listPublications(workspace).reverse().map(publicationReport) });
        return 0;
      }
      return await sendAndReport(workspace, networkFromOptions(input, workspace), 'all', io);
    } finally {
      workspace.close();
    }
  },
} satisfies Command;
