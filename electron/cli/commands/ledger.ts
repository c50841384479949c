import path from 'node:path';
import { LaurelError } from '../../../shared/api/result';
import type { RunningLedger } from '../../publish/ledger/ledger';
import { DEFAULT_GRPC_PORT, DEFAULT_MIRROR_PORT, OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER } from '../../publish/ledger/localNodeDefaults';
import { stringOption, UsageError } from '../args';
import type { Command, CommandInput } from '../command';

function portOption(input: CommandInput, name: string, fallback: number): number {
  const text = stringOption(input, name);
  if (text === undefined) return fallback;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new UsageError(`ledger: --${name} must be a port number from 0 to 65535, not “${text}”`, ledgerCommand);
  }
  return Number(text);
}

async function start(grpcPort: number, mirrorPort: number, stateFile: string | undefined): Promise<RunningLedger> {
  // Imported here: the ledger brings gRPC and the SDK, which every other command can do without.
  const { startLedger } = await import('../../publish/ledger/ledger');
  try {
    return await startLedger({ grpcPort, mirrorPort, stateFile });
  } catch (error) {
    const { code, port } = error as NodeJS.ErrnoException & { port?: number };
    if (code === 'EADDRINUSE') {
      throw new LaurelError('conflict', `port ${port ?? `${grpcPort} or ${mirrorPort}`} is in use, perhaps by another ledger; choose others with --port and --mirror-port`);
    }
    throw error;
  }
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const ledgerCommand = {
  name: 'ledger',
  summary: 'Run a local Hedera ledger (consensus node and mirror REST) for tests and demos',
  usage: 'ledger [--port <port>] [--mirror-port <port>] [--state <file>]',
  arguments: [],
  options: {
    port: { type: 'string', value: 'port', description: `The consensus node's gRPC port (default ${DEFAULT_GRPC_PORT}; 0 picks a free one)` },
    'mirror-port': { type: 'string', value: 'port', description: `The mirror REST port (default ${DEFAULT_MIRROR_PORT}; 0 picks a free one)` },
    state: { type: 'string', value: 'file', description: 'Keep the ledger in this JSON file across restarts (default: in memory)' },
  },
  details:
    'Listens on 127.0.0.1 only, as the Hiero local node does: node 0.0.3 speaks Hedera\'s gRPC services in\n' +
    'plaintext (topics, messages, receipts, records, balances), and the mirror node\'s REST API answers under\n' +
    '/api/v1 (topic messages, topics, transactions). Signatures, submit keys, the 1024-byte message limit,\n' +
    'duplicate transaction ids and validity windows are enforced.\n\n' +
    `The operator is ${OPERATOR_ACCOUNT_ID} with the local node's well-known genesis key (a public test key):\n` +
    `  HEDERA_OPERATOR_ID=${OPERATOR_ACCOUNT_ID} HEDERA_OPERATOR_KEY=${OPERATOR_PRIVATE_KEY_DER}\n\n` +
    'Faults are switched with POST /__faults on the mirror port, e.g. {"busy": 2}, {"dropAfterAccept": 1},\n' +
    '{"delayMs": 15000, "delayCount": 1}, {"refuseConnections": true, "refuseForMs": 5000}, {"consensusLagMs": 3000},\n' +
    '{"mirrorLagMs": 3000}, {"clear": true}; GET /__faults shows them and every request so far.\n\n' +
    'Runs until interrupted (Ctrl+C or SIGTERM), then exits 0.',
  async run(input, io) {
    const grpcPort = portOption(input, 'port', DEFAULT_GRPC_PORT);
    const mirrorPort = portOption(input, 'mirror-port', DEFAULT_MIRROR_PORT);
    const stateText = stringOption(input, 'state');
    const stateFile = stateText === undefined ? undefined : path.resolve(stateText);

    const stopped = untilStopped();
    const ledger = await start(grpcPort, mirrorPort, stateFile);
    io.out(
      [
        `Local ledger running; stop it with Ctrl+C.`,
        `  consensus node ${ledger.nodeAccountId}  ${ledger.grpcAddress} (gRPC, plaintext)`,
        `  mirror REST          ${ledger.mirrorUrl}/api/v1`,
        `  operator             ${ledger.operator.accountId} (the local node's genesis key: laurel ledger --help)`,
        `  faults               POST ${ledger.mirrorUrl}/__faults`,
        `  state                ${stateFile ?? 'in memory'}`,
      ].join('\n') + '\n',
    );
    const signal = await stopped;
    await ledger.stop();
    io.err(`Local ledger stopped (${signal}).\n`);
  },
} satisfies Command;
