import { AccountId, Client, PrivateKey } from '@hiero-ledger/sdk';
import * as grpc from '@grpc/grpc-js';
import net from 'node:net';
import { startLedger, type LedgerOptions, type RunningLedger } from '../../../electron/publish/ledger/ledger';

/** A port nothing listens on right now (bound and released; good enough on a test machine). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A ledger on free ports, as the suite starts its own. */
export async function startTestLedger(options: Omit<LedgerOptions, 'grpcPort' | 'mirrorPort'> = {}): Promise<RunningLedger> {
  return startLedger({ ...options, grpcPort: await freePort(), mirrorPort: await freePort() });
}

export const operatorKey = (ledger: RunningLedger) => PrivateKey.fromStringDer(ledger.operator.privateKeyDer);

/**
 * The real SDK pointed at the ledger over real gRPC, as the app's "local" network is. Backoffs and the node
 * readmit period are short: after a failed connection the SDK otherwise benches its only node for 8 s and
 * fails anything sent meanwhile with "failed to find a healthy working node".
 */
export function sdkClient(ledger: RunningLedger, operator?: { accountId: string; key: PrivateKey }): Client {
  const client = Client.forNetwork({ [ledger.grpcAddress]: AccountId.fromString(ledger.nodeAccountId) });
  client.setOperator(operator?.accountId ?? ledger.operator.accountId, operator?.key ?? operatorKey(ledger));
  client.setNodeMinBackoff(50).setNodeMaxBackoff(200).setMinBackoff(50).setMaxBackoff(200);
  client.setNodeMinReadmitPeriod(50).setNodeMaxReadmitPeriod(200);
  return client;
}

export async function mirrorGet<T = Record<string, unknown>>(ledger: RunningLedger, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${ledger.mirrorUrl}${path}`);
  return { status: response.status, body: (await response.json()) as T };
}

/** The ledger's log of one gRPC method, e.g. `ConsensusService/submitMessage`. */
export const requestsTo = (ledger: RunningLedger, method: string) => ledger.requests().filter((r) => r.method === method);

/** One unary gRPC call with raw protobuf bytes, bypassing the SDK. */
export function rawCall(ledger: RunningLedger, path: string, request: Buffer): Promise<Buffer> {
  const client = new grpc.Client(ledger.grpcAddress, grpc.credentials.createInsecure());
  return new Promise((resolve, reject) =>
    client.makeUnaryRequest(path, (b: Buffer) => b, (b: Buffer) => b, request, (error, response) => {
      client.close();
      if (error) reject(error);
      else resolve(response!);
    }),
  );
}
