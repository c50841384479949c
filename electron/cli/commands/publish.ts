import type { PublicationSummary } from '../../../shared/publish/plan';
import { Workspace } from '../../store/workspace';
import { printJson, type CliIo, type Command } from '../command';
import { findDesign } from '../findDesign';
import { NETWORK_OPTIONS, networkFromOptions } from '../networkOptions';

/** The report `publish` and `outbox run` print: what a person or a script needs to find it on the ledger. */
export function publicationReport(publication: PublicationSummary) {
  return {
    id: publication.id,
    design: publication.designId,
    version: publication.version,
    sha256: publication.sha256,
    network: publication.network,
    state: publication.state,
    ...(publication.message ? { message: publication.message } : {}),
    registryTopicId: publication.registryTopicId ?? null,
    fileTopicId: publication.fileTopicId ?? null,
    registrySequenceNumber: publication.registrySequenceNumber ?? null,
    consensusTimestamp: publication.consensusTimestamp ?? null,
    transactions: publication.transactions.map((t) => ({ step: t.step, index: t.index, transactionId: t.transactionId, ...(t.sequenceNumber !== undefined ? { sequenceNumber: t.sequenceNumber } : {}) })),
  };
}

/** Sends the outbox and prints what became of the given publications; exit 0 only when all are published. */
export async function sendAndReport(workspace: Workspace, settings: ReturnType<typeof networkFromOptions>, ids: readonly number[] | 'all', io: CliIo): Promise<number> {
  const { listPublications, resolveOperator, sendOutbox } = await import('../../publish/publisher');
  const { FileOperatorKeyStore } = await import('../../publish/operatorKeys');
  const run = await sendOutbox(workspace, settings, resolveOperator(settings, new FileOperatorKeyStore()));
  const shown = listPublications(workspace).filter((p) => (ids === 'all' ? run.published.includes(p.id) || run.failed.includes(p.id) || p.state === 'queued' || p.state === 'submitting' : ids.includes(p.id)));
  printJson(io, { publications: shown.reverse().map(publicationReport), ...(run.waiting ? { waiting: run.waiting } : {}) });
  if (run.waiting) io.err(`laurel: the network is unreachable; the publication waits in the outbox. Send it later with \`laurel outbox run <file>\`.\n`);
  return shown.every((p) => p.state === 'published') ? 0 : 1;
}

export const publishCommand = {
  name: 'publish',
  summary: 'Publish a pathway to Hedera (HCS-1 file, HCS-2 registry entry), exactly once',
  usage: 'publish <file> <pathway> [--network <name>] [--consensus host:port --node-account 0.0.x --mirror <url>] [--dry-run]',
  arguments: ['file', 'pathway'],
  options: {
    ...NETWORK_OPTIONS,
    'dry-run': { type: 'boolean', description: 'Print the plan (transactions, bytes, estimated fee) and spend nothing' },
  },
  details:
    'The operator is HEDERA_OPERATOR_ID and HEDERA_OPERATOR_KEY (DER or hex; HEDERA_OPERATOR_KEY_TYPE=ED25519|ECDSA\n' +
    'for a raw hex key), else the account and key stored in the Hedera network settings. Each transaction is\n' +
    'signed and stored in the workspace before it is sent; if the network is unreachable or the process stops,\n' +
    '`laurel outbox run <file>` finishes the work without sending anything twice. Publishing unchanged content\n' +
    'again does nothing and says so. Prints JSON: hash, topic ids, sequence numbers, transaction ids and consensus\n' +
    'timestamps. Exit 0 when published, 1 when it failed or waits, 2 for a usage error.',
  async run(input, io) {
    const { availableOperator, enqueuePublication, planPublication } = await import('../../publish/publisher');
    const workspace = Workspace.open(input.args.file!);
    try {
      const settings = networkFromOptions(input, workspace);
      const pathwayId = findDesign(workspace, input.args.pathway!, 'pathway').id;
      if (input.options['dry-run']) {
        const { FileOperatorKeyStore } = await import('../../publish/operatorKeys');
        const plan = await planPublication(workspace, pathwayId, settings, availableOperator(settings, new FileOperatorKeyStore()));
        if (plan.feeSource === 'published-prices') io.err(`laurel: the fee schedule could not be read from ${plan.network}: the fee is estimated from Hedera's published prices.\n`);
        printJson(io, plan);
        return 0;
      }
      const queued = enqueuePublication(workspace, pathwayId, settings);
      if (queued.unchanged && queued.publication.state === 'published') {
        io.err(`laurel: this content is already published as version ${queued.publication.version}; nothing was sent.\n`);
        printJson(io, { unchanged: true, publications: [publicationReport(queued.publication)] });
        return 0;
      }
      // Content already in the outbox (queued, or cut off while sending) is finished, not queued again.
      if (queued.unchanged) io.err(`laurel: version ${queued.publication.version} of this content waits in the outbox; sending it now.\n`);
      return await sendAndReport(workspace, settings, [queued.publication.id], io);
    } finally {
      workspace.close();
    }
  },
} satisfies Command;
