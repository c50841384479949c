import type { Command } from '../command';
import { printJson } from '../command';
import { withWorkspace } from '../withWorkspace';

export const exportOb3Command = {
  name: 'export-ob3',
  summary: 'Print the OB 3.0 Achievement a badge, certificate or program stands for',
  usage: 'export-ob3 <file> <credential>',
  arguments: ['file', 'credential'],
  details: '<credential> is a badge, certificate or program: its node id, <pathway id>/<node id>, or its name.',
  async run(input, io) {
    const { achievementOf, findCredential } = await import('../../credentials/specimens');
    printJson(
      io,
      withWorkspace(input.args.file!, (workspace) => {
        const { pathwayId, nodeId } = findCredential(workspace, input.args.credential!);
        return achievementOf(workspace, pathwayId, nodeId);
      }),
    );
  },
} satisfies Command;
