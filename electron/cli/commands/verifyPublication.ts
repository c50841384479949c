import { UsageError, stringOption } from '../args';
import { printJson, type Command } from '../command';
import { Workspace } from '../../store/workspace';
import { NETWORK_OPTIONS, networkFromOptions } from '../networkOptions';

export const verifyPublicationCommand = {
  name: 'verify-publication',
  summary: 'Read publications back from a mirror node, reassemble and hash them, and compare',
  usage: 'verify-publication --network <name> --registry <topic id> [--design <id>] [--workspace <file>] [--consensus … --node-account … --mirror <url>]',
  arguments: [],
  options: {
    ...NETWORK_OPTIONS,
    registry: { type: 'string', value: 'topic id', description: 'The organisation\'s HCS-2 registry topic (default: the workspace\'s on this network)' },
    design: { type: 'string', value: 'id', description: 'Only this design\'s publications' },
    workspace: { type: 'string', value: 'file', description: 'Compare each publication with this workspace' },
  },
  details:
    'Needs no key: everything is read from the mirror node. Prints a JSON report; exit 0 only when every\n' +
    'publication reassembles, its SHA-256 matches the registry entry and the file topic\'s memo, the file topic\n' +
    'is immutable (a submit key, no admin key), and, with --workspace, matches what the workspace published.',
  async run(input, io) {
    const { verifyPublications } = await import('../../publish/verifyPublication');
    const { resolveNetwork } = await import('../../publish/networkEndpoints');
    const { outboxStore } = await import('../../publish/outbox/outboxStore');
    const file = stringOption(input, 'workspace');
    const workspace = file ? Workspace.open(file) : undefined;
    try {
      const network = resolveNetwork(networkFromOptions(input, workspace));
      const registryTopicId = stringOption(input, 'registry') ?? (workspace && outboxStore(workspace.db).registry(network.key));
      if (!registryTopicId) throw new UsageError('--registry is required: the registry topic id (0.0.x) the publications are listed in');
      const design = stringOption(input, 'design');
      const report = await verifyPublications({
        network: network.key,
        mirrorUrl: network.mirrorUrl,
        registryTopicId,
        ...(design ? { designId: design } : {}),
        ...(workspace ? { workspace } : {}),
      });
      printJson(io, report);
      return report.ok ? 0 : 1;
    } finally {
      workspace?.close();
    }
  },
} satisfies Command;
