import type { Command } from '../command';
import { printJson } from '../command';
import { withWorkspace } from '../withWorkspace';

export const infoCommand = {
  name: 'info',
  summary: 'Print what a workspace holds, as JSON',
  usage: 'info <file>',
  arguments: ['file'],
  details: 'Prints {"file", "schemaVersion", "counts": {kind: n}, "designs": [{"id", "kind", "name"}]}.',
  run({ args }, io) {
    const info = withWorkspace(args.file!, (workspace) => {
      const { path, schemaVersion, counts } = workspace.info();
      const designs = workspace.list().designs.map(({ id, kind, name }) => ({ id, kind, name }));
      return { file: path, schemaVersion, counts, designs };
    });
    printJson(io, info);
  },
} satisfies Command;
