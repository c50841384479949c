import type { Command } from '../command';
import { findDesign } from '../findDesign';
import { withWorkspace } from '../withWorkspace';

export const manifestCommand = {
  name: 'manifest',
  summary: 'Print the publication of a pathway: exactly the bytes that are hashed and published',
  usage: 'manifest <file> <pathway>',
  arguments: ['file', 'pathway'],
  details:
    'Prints the RFC 8785 canonical JSON of the pathway with every achievement, skill alignment, template and\n' +
    'brand kit it references, the issuer profile and the SHA-256 of each asset, with no newline after it:\n' +
    '`laurel manifest w.laurel p | sha256sum` gives the publication\'s hash.',
  async run(input, io) {
    const { buildManifest } = await import('../../publish/manifest');
    io.out(
      withWorkspace(input.args.file!, (workspace) => buildManifest(workspace, findDesign(workspace, input.args.pathway!, 'pathway').id).bytes.toString('utf8')),
    );
  },
} satisfies Command;
