import * as grpc from '@grpc/grpc-js';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ConsensusNode } from './consensusNode';
import type { LedgerFaults } from './faults';
import { decodeMessage, encodeMessage, hederaProtos, type QueryShape, type ResponseCode } from './hederaProtos';
import { formatMirrorTransactionId } from './ledgerIds';
import { answerQuery } from './queries';
import { peekTransactionId } from './transactions';

/** One request the gRPC server took, and how it answered: what tests count retries with. */
export interface LedgerRequest {
  at: number;
  /** `ConsensusService/submitMessage`, `CryptoService/getTransactionReceipts`, … */
  method: string;
  transactionId?: string;
  answer: ResponseCode | 'DROPPED' | 'MALFORMED';
}

const MAX_LOGGED_REQUESTS = 10_000;

export interface GrpcServerHooks {
  node: ConsensusNode;
  faults: LedgerFaults;
  /** Cuts the client connection a request came in on (see ConnectionGate). */
  dropConnection(peer: string): void;
  /** Aborted when the ledger stops, ending any delayed answer. */
  stopping: AbortSignal;
}

export interface GrpcServer {
  /** The private port the connection gate relays to. */
  port: number;
  requests: readonly LedgerRequest[];
  stop(): void;
}

const asBuffer = (value: Buffer) => value;

/**
 * The consensus node's gRPC face: every method of the served HAPI services, with protobuf (de)serialization
 * done by the handlers so a malformed transaction gets a precheck code rather than a transport error.
 */
export async function startGrpcServer(hooks: GrpcServerHooks): Promise<GrpcServer> {
  const { node, faults, stopping } = hooks;
  const protos = hederaProtos();
  const requests: LedgerRequest[] = [];
  const log = (request: Omit<LedgerRequest, 'at'>) => {
    if (requests.length >= MAX_LOGGED_REQUESTS) requests.shift();
    requests.push({ at: Date.now(), ...request });
  };
  const delay = async () => {
    const ms = faults.takeDelay();
    if (ms > 0) await sleep(ms, undefined, { signal: stopping }).catch(() => undefined);
  };

  const transactionHandler = (method: string): grpc.handleUnaryCall<Buffer, Buffer> => {
    return async (call, callback) => {
      await delay();
      if (stopping.aborted) return;
      const respond = (precheck: ResponseCode, cost = 0n) =>
        callback(null, encodeMessage(protos.TransactionResponse, { nodeTransactionPrecheckCode: precheck, cost: cost.toString() }));
      if (faults.takeBusy()) {
        const id = peekTransactionId(call.request);
        log({ method, transactionId: id && formatMirrorTransactionId(id), answer: 'BUSY' });
        respond('BUSY');
        return;
      }
      const result = node.submit(call.request);
      const transactionId = result.transactionId && formatMirrorTransactionId(result.transactionId);
      if (result.precheck === 'OK' && faults.takeDropAfterAccept()) {
        // The transaction has reached consensus; its sender only sees the connection go.
        log({ method, transactionId, answer: 'DROPPED' });
        hooks.dropConnection(call.getPeer());
        return;
      }
      log({ method, transactionId, answer: result.precheck });
      respond(result.precheck, result.cost);
    };
  };

  const queryHandler = (method: string): grpc.handleUnaryCall<Buffer, Buffer> => {
    return async (call, callback) => {
      await delay();
      if (stopping.aborted) return;
      let query: QueryShape;
      try {
        query = decodeMessage<QueryShape>(protos.Query, call.request);
      } catch {
        log({ method, answer: 'MALFORMED' });
        callback({ code: grpc.status.INVALID_ARGUMENT, details: 'The request is not a protobuf Query.' });
        return;
      }
      const response = answerQuery(node, query);
      const body = Object.values(response)[0] as { header?: { nodeTransactionPrecheckCode?: ResponseCode } } | undefined;
      log({ method, answer: body?.header?.nodeTransactionPrecheckCode ?? 'OK' });
      callback(null, encodeMessage(protos.Response, response));
    };
  };

  const server = new grpc.Server();
  for (const [serviceName, service] of protos.services) {
    const definition: Record<string, grpc.MethodDefinition<Buffer, Buffer>> = {};
    const implementation: grpc.UntypedServiceImplementation = {};
    for (const method of Object.values(service.methods)) {
      const name = `${serviceName.replace(/^proto\./, '')}/${method.name}`;
      definition[method.name] = {
        path: `/${serviceName}/${method.name}`,
        requestStream: false,
        responseStream: false,
        requestSerialize: asBuffer,
        requestDeserialize: asBuffer,
        responseSerialize: asBuffer,
        responseDeserialize: asBuffer,
      } satisfies grpc.MethodDefinition<Buffer, Buffer>;
      implementation[method.name] = method.requestType === 'Transaction' ? transactionHandler(name) : queryHandler(name);
    }
    server.addService(definition, implementation);
  }

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  return { port, requests, stop: () => server.forceShutdown() };
}
