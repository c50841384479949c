import fs from 'node:fs';
import { LaurelError } from '../../../shared/api/result';
import { stringOption, UsageError } from '../args';
import type { Command } from '../command';
import { FileKeyStore } from '../../keys/fileKeyStore';
import { Workspace } from '../../store/workspace';

const write = (file: string, data: string | Buffer) => {
  try {
    fs.writeFileSync(file, data);
  } catch (error) {
    throw new LaurelError('invalid-argument', `Cannot write “${file}”: ${(error as Error).message}`);
  }
};

export const specimenCommand = {
  name: 'specimen',
  summary: 'Issue a signed specimen OpenBadgeCredential of a credential for a sample recipient',
  usage: 'specimen <file> <credential> --recipient <name> [--email <address>] [--out <file>] [--bake png|svg]',
  arguments: ['file', 'credential'],
  options: {
    recipient: { type: 'string', value: 'name', description: 'The sample recipient’s name (required)' },
    email: { type: 'string', value: 'address', description: 'Also identify the recipient by this email (hashed, salted)' },
    out: { type: 'string', short: 'o', value: 'file', description: 'Write to this file instead of printing (required with --bake)' },
    bake: { type: 'string', value: 'png|svg', description: 'Write the credential baked into its badge image' },
  },
  details:
    '<credential> is a badge, certificate or program: its node id, <pathway id>/<node id>, or its name.\n' +
    'Signs with eddsa-rdfc-2022 by the issuer\'s did:key, then verifies the result; the report goes to stderr.\n' +
    'Without an issuer key (laurel issuer-key <file> --generate), says how to make one and exits 2.',
  async run(input, io) {
    const name = stringOption(input, 'recipient')?.trim();
    if (!name) throw new UsageError('specimen: --recipient "<name>" is required', specimenCommand);
    const bake = stringOption(input, 'bake');
    if (bake !== undefined && bake !== 'png' && bake !== 'svg') throw new UsageError(`specimen: --bake takes png or svg, not “${bake}”`, specimenCommand);
    const out = stringOption(input, 'out');
    if (bake !== undefined && out === undefined) throw new UsageError('specimen: --bake writes an image; say where with --out <file>', specimenCommand);
    const email = stringOption(input, 'email');
    // Loaded here, not at start-up: every other command would pay for the JSON-LD and signing libraries.
    const { bakeCredential, findCredential, issueSpecimen } = await import('../../credentials/specimens');
    const workspace = Workspace.open(input.args.file!);
    try {
      const { pathwayId, nodeId } = findCredential(workspace, input.args.credential!);
      let specimen;
      try {
        specimen = await issueSpecimen(workspace, new FileKeyStore(), { pathwayId, nodeId, recipient: { name, ...(email ? { email } : {}) } });
      } catch (error) {
        // No usable key is something the caller fixes (exit 2), with the command that fixes it.
        if (error instanceof LaurelError && (error.code === 'not-found' || error.code === 'unauthorized')) throw new LaurelError('invalid-argument', error.message);
        throw error;
      }
      if (bake !== undefined) write(out!, bakeCredential(workspace, specimen.json, bake).data);
      else if (out !== undefined) write(out, specimen.json);
      else io.out(specimen.json);
      const failing = specimen.report.checks.filter((c) => c.required && c.status !== 'ok');
      io.err(`laurel: specimen ${specimen.report.outcome}${failing.length ? `: ${failing.map((c) => `${c.id} ${c.status}`).join(', ')}` : ''}\n`);
      return specimen.report.verified ? undefined : 1;
    } finally {
      workspace.close();
    }
  },
} satisfies Command;
