import http from 'node:http';
import type net from 'node:net';
import { faultCommandSchema, type LedgerFaults } from './faults';
import { EXCHANGE_RATE } from './fees';
import { formatEntityId, nowNanos, parseEntityId, parseMirrorTimestamp, parseMirrorTransactionId } from './ledgerIds';
import type { LedgerState, TopicMessageEntry } from './ledgerState';
import { accountView, exchangeRateView, mirrorError, topicMessageView, topicView, transactionView, type MessageEncoding } from './mirrorViews';
import type { LedgerRequest } from './server';

export interface MirrorRestOptions {
  host: string;
  port: number;
  state: LedgerState;
  faults: LedgerFaults;
  requests(): readonly LedgerRequest[];
}

export interface MirrorRest {
  port: number;
  stop(): Promise<void>;
}

/** The mirror node's list limits (`hiero.mirror.rest.response.limit`). */
const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;
const MAX_FAULT_BODY_BYTES = 64 * 1024;

type Answer = { status: number; body: unknown };
const ok = (body: unknown): Answer => ({ status: 200, body });
const badRequest = (message: string): Answer => ({ status: 400, body: mirrorError(message) });
const invalidParameter = (name: string) => badRequest(`Invalid parameter: ${name}`);
const NOT_FOUND: Answer = { status: 404, body: mirrorError('Not found') };

type Operator = 'eq' | 'gt' | 'gte' | 'lt' | 'lte';
interface Comparison {
  operator: Operator;
  value: bigint;
}

/** `gt:5`, `5`: the mirror node's comparison parameters; `ne` is refused as the mirror node refuses it. */
function parseComparisons(name: string, values: string[], parseValue: (text: string) => bigint | undefined): Comparison[] | Answer {
  const comparisons: Comparison[] = [];
  for (const raw of values) {
    const [first, second] = raw.split(':');
    const [operator, text] = second === undefined ? ['eq', first] : [first, second];
    if (operator === 'ne') return badRequest(`Not equal (ne) operator is not supported for ${name}`);
    const value = text === undefined ? undefined : parseValue(text);
    if (!['eq', 'gt', 'gte', 'lt', 'lte'].includes(operator!) || value === undefined) return invalidParameter(name);
    comparisons.push({ operator: operator as Operator, value });
  }
  return comparisons;
}

const parseSequenceNumber = (text: string) => (/^\d{1,19}$/.test(text) ? BigInt(text) : undefined);

function holds({ operator, value }: Comparison, actual: bigint): boolean {
  switch (operator) {
    case 'eq':
      return actual === value;
    case 'gt':
      return actual > value;
    case 'gte':
      return actual >= value;
    case 'lt':
      return actual < value;
    case 'lte':
      return actual <= value;
  }
}

/**
 * The mirror node's REST endpoints a publisher and a verifier read — topic messages (listed, paged, by
 * sequence number or consensus time), topics and transactions — plus `/__faults`, the fault switchboard.
 */
export async function startMirrorRest(options: MirrorRestOptions): Promise<MirrorRest> {
  const { state, faults } = options;

  /** What a mirror node would have imported by now: consensus plus the configured lag. */
  const visible = (consensusNanos: bigint) => consensusNanos <= nowNanos() - BigInt(faults.snapshot().mirrorLagMs) * 1_000_000n;

  function topicMessages(topicText: string, url: URL): Answer {
    const topicId = parseEntityId(topicText);
    if (!topicId) return invalidParameter('topic.id');
    const accepted = new Set(['encoding', 'limit', 'order', 'sequencenumber', 'timestamp']);
    for (const key of url.searchParams.keys()) if (!accepted.has(key)) return badRequest(`Unknown query parameter: ${key}`);

    const params = url.searchParams;
    const limitText = params.getAll('limit').at(-1);
    if (limitText !== undefined && !/^[1-9]\d{0,9}$/.test(limitText)) return invalidParameter('limit');
    const limit = Math.min(limitText === undefined ? DEFAULT_LIMIT : Number(limitText), MAX_LIMIT);
    const order = (params.getAll('order').at(-1) ?? 'asc').toLowerCase();
    if (order !== 'asc' && order !== 'desc') return invalidParameter('order');
    const encodingText = (params.getAll('encoding').at(-1) ?? 'base64').toLowerCase();
    if (!['base64', 'utf-8', 'utf8'].includes(encodingText)) return invalidParameter('encoding');
    const encoding: MessageEncoding = encodingText === 'base64' ? 'base64' : 'utf-8';
    const sequence = parseComparisons('sequencenumber', params.getAll('sequencenumber'), parseSequenceNumber);
    if (!Array.isArray(sequence)) return sequence;
    const timestamp = parseComparisons('timestamp', params.getAll('timestamp'), parseMirrorTimestamp);
    if (!Array.isArray(timestamp)) return timestamp;

    const id = formatEntityId(topicId);
    const all = state.messages.get(id);
    if (!all) return { status: 404, body: mirrorError(`No such topic id - ${topicId.num}`) };
    const selected = all
      .filter((m) => visible(m.consensusNanos))
      .filter((m) => sequence.every((c) => holds(c, m.sequenceNumber)) && timestamp.every((c) => holds(c, m.consensusNanos)));
    if (order === 'desc') selected.reverse();
    const page = selected.slice(0, limit);
    const messages = page.map((m) => topicMessageView(m, encoding));
    return ok({ messages, links: { next: page.length === limit ? nextLink(url, order, page.at(-1)!) : null } });
  }

  // As the mirror node's getPaginationLink: the request's own parameters, with the timestamp bound that
  // points the way of the order replaced by one just past the last message.
  function nextLink(url: URL, order: 'asc' | 'desc', last: TopicMessageEntry): string {
    const replaced = order === 'asc' ? /^gte?:/ : /^lte?:/;
    const pairs = [...url.searchParams.entries()].filter(([key, value]) => !(key === 'timestamp' && replaced.test(value)));
    pairs.push(['timestamp', `${order === 'asc' ? 'gt' : 'lt'}:${topicMessageView(last).consensus_timestamp}`]);
    return `${url.pathname.replace(/\/$/, '')}?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`;
  }

  function topicMessage(topicText: string, sequenceText: string): Answer {
    const topicId = parseEntityId(topicText);
    if (!topicId) return invalidParameter('topic.id');
    const sequenceNumber = parseSequenceNumber(sequenceText);
    if (sequenceNumber === undefined || sequenceNumber === 0n) return invalidParameter('sequencenumber');
    const message = state.messages.get(formatEntityId(topicId))?.find((m) => m.sequenceNumber === sequenceNumber);
    return message && visible(message.consensusNanos) ? ok(topicMessageView(message)) : NOT_FOUND;
  }

  function topicMessageAt(timestampText: string): Answer {
    const at = parseMirrorTimestamp(timestampText);
    if (at === undefined) return invalidParameter('consensus_timestamp');
    for (const messages of state.messages.values()) {
      const message = messages.find((m) => m.consensusNanos === at);
      if (message && visible(at)) return ok(topicMessageView(message));
    }
    return NOT_FOUND;
  }

  function topic(topicText: string): Answer {
    const topicId = parseEntityId(topicText);
    if (!topicId) return invalidParameter('topic.id');
    const entry = state.topics.get(formatEntityId(topicId));
    // The topic endpoint is served by the mirror node's Java module, whose 404 carries a detail.
    if (!entry || !visible(entry.createdNanos)) return { status: 404, body: mirrorError('Not Found', 'Topic not found') };
    return ok(topicView(entry));
  }

  function account(idText: string): Answer {
    const accountId = parseEntityId(idText);
    if (!accountId) return invalidParameter('idOrAliasOrEvmAddress');
    const entry = state.accounts.get(formatEntityId(accountId));
    return entry ? ok(accountView(entry)) : NOT_FOUND;
  }

  function transactions(idText: string, url: URL): Answer {
    const id = parseMirrorTransactionId(idText);
    if (!id) {
      return badRequest('Invalid Transaction id. Please use \\shard.realm.num-sss-nnn\\ format where sss are seconds and nnn are nanoseconds');
    }
    const nonceText = url.searchParams.getAll('nonce').at(-1);
    if (nonceText !== undefined && !/^\d{1,10}$/.test(nonceText)) return invalidParameter('nonce');
    const scheduledText = url.searchParams.getAll('scheduled').at(-1);
    if (scheduledText !== undefined && scheduledText !== 'true' && scheduledText !== 'false') return invalidParameter('scheduled');
    const matches = [...state.transactions.values()]
      .filter(({ transactionId: t }) => formatEntityId(t.payer) === formatEntityId(id.payer) && t.validStartNanos === id.validStartNanos)
      .filter(({ transactionId: t }) => nonceText === undefined || t.nonce === Number(nonceText))
      .filter(({ transactionId: t }) => scheduledText === undefined || t.scheduled === (scheduledText === 'true'))
      .filter((entry) => visible(entry.consensusNanos))
      .sort((a, b) => (a.consensusNanos < b.consensusNanos ? -1 : 1));
    return matches.length === 0 ? NOT_FOUND : ok({ transactions: matches.map(transactionView) });
  }

  async function faultSwitch(request: http.IncomingMessage): Promise<Answer> {
    const describe = () => ({ faults: faults.snapshot(), requests: options.requests() });
    if (request.method === 'GET') return ok(describe());
    if (request.method === 'DELETE') {
      await faults.clear();
      return ok(describe());
    }
    if (request.method !== 'POST') return { status: 405, body: mirrorError('Method Not Allowed') };
    let command: unknown;
    try {
      command = JSON.parse(await readBody(request));
    } catch (error) {
      return badRequest(`The body must be JSON: ${(error as Error).message}`);
    }
    const parsed = faultCommandSchema.safeParse(command);
    if (!parsed.success) return badRequest(`Invalid fault command: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}`);
    await faults.apply(parsed.data);
    return ok(describe());
  }

  async function answer(request: http.IncomingMessage): Promise<Answer> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/$/, '');
    if (path === '/__faults') return faultSwitch(request);
    if (request.method !== 'GET') return { status: 405, body: mirrorError('Method Not Allowed') };
    let match: RegExpExecArray | null;
    if ((match = /^\/api\/v1\/topics\/messages\/([^/]+)$/.exec(path))) return topicMessageAt(match[1]!);
    if ((match = /^\/api\/v1\/topics\/([^/]+)\/messages$/.exec(path))) return topicMessages(match[1]!, url);
    if ((match = /^\/api\/v1\/topics\/([^/]+)\/messages\/([^/]+)$/.exec(path))) return topicMessage(match[1]!, match[2]!);
    if ((match = /^\/api\/v1\/topics\/([^/]+)$/.exec(path))) return topic(match[1]!);
    if ((match = /^\/api\/v1\/transactions\/([^/]+)$/.exec(path))) return transactions(decodeURIComponent(match[1]!), url);
    if ((match = /^\/api\/v1\/accounts\/([^/]+)$/.exec(path))) return account(match[1]!);
    if (path === '/api/v1/network/exchangerate') return ok(exchangeRateView(EXCHANGE_RATE));
    return { status: 404, body: mirrorError('Not Found') };
  }

  const sockets = new Set<net.Socket>();
  const server = http.createServer((request, response) => {
    answer(request)
      .catch((error: unknown) => ({ status: 500, body: mirrorError('Internal Server Error', (error as Error).message) }))
      .then(({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(body));
      });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FAULT_BODY_BYTES) {
        reject(new Error('the body is too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
