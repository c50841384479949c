import { ConnectionGate } from './connectionGate';
import { ConsensusNode } from './consensusNode';
import { LedgerFaults } from './faults';
import type { FeeModel } from './fees';
import { hederaProtos } from './hederaProtos';
import { LedgerState, loadLedgerState, saveLedgerState } from './ledgerState';
import { startMirrorRest } from './mirrorRest';
import { startGrpcServer, type LedgerRequest } from './server';
import { DEFAULT_GRPC_PORT, DEFAULT_MIRROR_PORT, LEDGER_HOST, NODE_ACCOUNT_ID, OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER } from './localNodeDefaults';
import { loadEcdsaVerifier } from './signatures';

export interface LedgerOptions {
  /** The consensus node's gRPC port; 0 picks a free one. */
  grpcPort?: number;
  /** The mirror node's REST port; 0 picks a free one. */
  mirrorPort?: number;
  /** A JSON file to keep the state in across restarts; read at start if it exists, rewritten after each transaction. */
  stateFile?: string;
  /** How far ahead of this machine's clock a transaction's valid start may be (default 1000 ms). */
  allowedClockSkewMs?: number;
  /**
   * How transactions are charged: 'simple' (the default) by the HIP-1261 schedule it serves as file 0.0.113,
   * as mainnet from v0.73; 'legacy' by the resource prices in file 0.0.111, with no 0.0.113.
   */
  feeModel?: FeeModel;
}

export interface RunningLedger {
  grpcPort: number;
  mirrorPort: number;
  /** The address the SDK's `Client.forNetwork` takes: `{ [grpcAddress]: nodeAccountId }`. */
  grpcAddress: string;
  nodeAccountId: string;
  mirrorUrl: string;
  operator: { accountId: string; privateKeyDer: string };
  faults: LedgerFaults;
  state: LedgerState;
  /** Every gRPC request so far and how it was answered, oldest first. */
  requests(): readonly LedgerRequest[];
  stop(): Promise<void>;
}

/**
 * Starts a local ledger: a consensus node speaking Hedera's gRPC services behind a connection gate (for
 * fault injection), and mirror REST endpoints over the same state.
 */
export async function startLedger(options: LedgerOptions = {}): Promise<RunningLedger> {
  // Load the protos and the SDK's ECDSA first, so a missing SDK fails before any port is taken.
  hederaProtos();
  await loadEcdsaVerifier();
  const state = (options.stateFile && loadLedgerState(options.stateFile)) || LedgerState.genesis();
  const stateFile = options.stateFile;
  const stopping = new AbortController();
  const gate = new ConnectionGate(LEDGER_HOST, options.grpcPort ?? DEFAULT_GRPC_PORT);
  const faults = new LedgerFaults(async (refusing) => {
    if (refusing) await gate.close();
    else await gate.listen();
  });
  const node = new ConsensusNode(state, {
    allowedClockSkewMs: options.allowedClockSkewMs,
    feeModel: options.feeModel ?? 'simple',
    onCommit: stateFile ? (committed) => saveLedgerState(stateFile, committed) : undefined,
    consensusLagMs: () => faults.snapshot().consensusLagMs,
  });
  const grpc = await startGrpcServer({ node, faults, stopping: stopping.signal, dropConnection: (peer) => gate.drop(peer) });
  gate.relayTo(grpc.port);
  // A port already taken fails the start; give back whatever was started before it.
  const giveUp = async (error: unknown): Promise<never> => {
    await gate.close();
    grpc.stop();
    throw error;
  };
  await gate.listen().catch(giveUp);
  const mirror = await startMirrorRest({
    host: LEDGER_HOST,
    port: options.mirrorPort ?? DEFAULT_MIRROR_PORT,
    state,
    faults,
    requests: () => grpc.requests,
  }).catch(giveUp);

  return {
    grpcPort: gate.port,
    mirrorPort: mirror.port,
    grpcAddress: `${LEDGER_HOST}:${gate.port}`,
    nodeAccountId: NODE_ACCOUNT_ID,
    mirrorUrl: `http://${LEDGER_HOST}:${mirror.port}`,
    operator: { accountId: OPERATOR_ACCOUNT_ID, privateKeyDer: OPERATOR_PRIVATE_KEY_DER },
    faults,
    state,
    requests: () => grpc.requests,
    async stop() {
      stopping.abort();
      faults.dispose();
      await gate.close();
      grpc.stop();
      await mirror.stop();
      if (stateFile) saveLedgerState(stateFile, state);
    },
  };
}
