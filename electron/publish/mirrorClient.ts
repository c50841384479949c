/**
 * The mirror node REST endpoints publishing and verification read (hiero-mirror-node openapi.yml), with
 * bounded waits: a mirror node that does not answer is "unreachable", never a hang.
 */
const TIMEOUT_MS = 15_000;
const PAGE_LIMIT = 100;

export class MirrorUnreachable extends Error {}

export interface MirrorTopicMessage {
  consensus_timestamp: string;
  message: string;
  sequence_number: number;
  topic_id: string;
}
export interface MirrorTopic {
  topic_id: string;
  memo: string;
  admin_key: { _type: string; key: string } | null;
  submit_key: { _type: string; key: string } | null;
}
export interface MirrorTransaction {
  consensus_timestamp: string;
  entity_id: string | null;
  name: string;
  result: string;
  transaction_id: string;
}

/** `0.0.2@1700000000.000000001` as the mirror node writes it: `0.0.2-1700000000-000000001`. */
export function mirrorTransactionId(transactionId: string): string {
  const [payer, start] = transactionId.split('@') as [string, string];
  const [seconds, nanos = '0'] = start.split('.');
  return `${payer}-${seconds}-${nanos.padEnd(9, '0')}`;
}

export class MirrorClient {
  constructor(readonly baseUrl: string) {}

  private async get<T>(path: string): Promise<T | undefined> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
    } catch (error) {
      throw new MirrorUnreachable(`The mirror node at ${this.baseUrl} does not answer (${(error as Error).message}).`);
    }
    if (response.status === 404) return undefined;
    if (!response.ok) throw new MirrorUnreachable(`The mirror node at ${this.baseUrl} answered ${response.status} for ${path}.`);
    return (await response.json()) as T;
  }

  account(accountId: string): Promise<{ account: string; key: { _type: string; key: string } | null } | undefined> {
    return this.get(`/api/v1/accounts/${encodeURIComponent(accountId)}`);
  }

  topic(topicId: string): Promise<MirrorTopic | undefined> {
    return this.get<MirrorTopic>(`/api/v1/topics/${encodeURIComponent(topicId)}`);
  }

  /** Every message of a topic, following the mirror node's `links.next` pages; undefined for a topic it does not know. */
  async topicMessages(topicId: string): Promise<MirrorTopicMessage[] | undefined> {
    const messages: MirrorTopicMessage[] = [];
    let path: string | null = `/api/v1/topics/${encodeURIComponent(topicId)}/messages?limit=${PAGE_LIMIT}&order=asc`;
    while (path) {
      const page: { messages: MirrorTopicMessage[]; links?: { next: string | null } } | undefined = await this.get(path);
      if (!page) return messages.length > 0 ? messages : undefined;
      messages.push(...page.messages);
      path = page.links?.next ?? null;
    }
    return messages;
  }

  /** The consensus outcome of a transaction, when the mirror node has imported it. */
  async transaction(transactionId: string): Promise<MirrorTransaction | undefined> {
    const body = await this.get<{ transactions: MirrorTransaction[] }>(`/api/v1/transactions/${mirrorTransactionId(transactionId)}`);
    // A transaction id can have several records (a duplicate the network also charged); the first is the one that counted.
    return body?.transactions.find((t) => t.result === 'SUCCESS') ?? body?.transactions[0];
  }
}
