import type { PrivateKey } from '@hiero-ledger/sdk';
import { LaurelError } from '../../shared/api/result';
import { assertNever } from '../../shared/assertNever';
import { fileTopicMemo, REGISTRY_MEMO, registerMessage } from '../../shared/publish/hcs';
import { LOCAL_ENDPOINTS, type NetworkSettings, type NetworkView } from '../../shared/publish/network';
import { networkSettings, saveNetworkSettingsRow } from './networkSettings';
import { planSteps, planTotalUsd, type PlannedSizes, type PublicationSummary, type PublishPlan } from '../../shared/publish/plan';
import { publishedPricing, schedulePricing, simpleSchedulePricing, type SignedTransactionSizes, type StepPricing } from '../../shared/publish/feeEstimate';
import type { Workspace } from '../store/workspace';
import { encodeHcs1File } from './hcs1File';
import { readNetworkFeeSchedule } from './feeSchedule';
import { buildManifest } from './manifest';
import { MirrorClient } from './mirrorClient';
import { resolveNetwork, type ResolvedNetwork } from './networkEndpoints';
import { operatorFromEnv, parseOperatorKey, type Operator } from './operator';
import { signedTransactionSizes } from './signedTransactionSizes';
import type { OperatorKeyStore } from './operatorKeys';
import { crashInjector } from './outbox/crashPoints';
import { LedgerGateway } from './outbox/ledgerGateway';
import { outboxStore, publicationSummary } from './outbox/outboxStore';
import { runOutbox, type OutboxRun } from './outbox/runOutbox';

export function networkView(workspace: Workspace, keys: OperatorKeyStore): NetworkView {
  const settings = networkSettings(workspace);
  const network = resolveNetwork(settings);
  const registryTopicId = outboxStore(workspace.db).registry(network.key);
  const endpoints = settings.network === 'local' ? (settings.endpoints ?? LOCAL_ENDPOINTS) : settings.endpoints;
  return {
    settings,
    ...(endpoints ? { endpoints } : {}),
    operatorKey: { stored: settings.operatorAccountId ? keys.has(settings.operatorAccountId) : false, description: keys.description },
    ...(registryTopicId ? { registryTopicId } : {}),
  };
}

/**
 * Saves the settings. A key is checked against the chosen key type and, when the network's mirror node
 * answers, against the account's key on the ledger, before it is stored; it is never echoed.
 */
export async function saveNetworkSettings(workspace: Workspace, keys: OperatorKeyStore, settings: NetworkSettings, operatorKey?: string): Promise<NetworkView> {
  if (operatorKey) {
    if (!settings.operatorAccountId) throw new LaurelError('invalid-argument', 'Enter the operator account id the key belongs to.');
    if (!settings.keyType) throw new LaurelError('invalid-argument', 'Choose the key type (ED25519 or ECDSA secp256k1).');
    const key = parseOperatorKey(operatorKey, settings.keyType);
    const problem = await operatorKeyProblem(resolveNetwork(settings).mirrorUrl, settings.operatorAccountId, key);
    if (problem) throw new LaurelError('invalid-argument', problem);
    keys.save(settings.operatorAccountId, operatorKey.trim());
  }
  saveNetworkSettingsRow(workspace, settings);
  return networkView(workspace, keys);
}

/**
 * Why a key cannot sign for an account, by the account's key on the mirror node; undefined when it can, or
 * when the mirror node cannot say (offline, or a key list): the ledger will check every signature anyway.
 */
export async function operatorKeyProblem(mirrorUrl: string, accountId: string, key: PrivateKey): Promise<string | undefined> {
  let account;
  try {
    account = await new MirrorClient(mirrorUrl).account(accountId);
  } catch {
    return undefined;
  }
  if (!account) return `There is no account ${accountId} on this network.`;
  const onLedger = account.key;
  if (!onLedger || (onLedger._type !== 'ED25519' && onLedger._type !== 'ECDSA_SECP256K1')) return undefined;
  if (onLedger.key.toLowerCase() !== key.publicKey.toStringRaw().toLowerCase()) return `The key does not match account ${accountId}: its public key on the ledger is another ${onLedger._type === 'ED25519' ? 'ED25519' : 'ECDSA secp256k1'} key.`;
  return undefined;
}

/**
 * The operator that signs: `HEDERA_OPERATOR_ID`/`HEDERA_OPERATOR_KEY` when set (the CLI), else the settings'
 * account with its stored key.
 */
export function resolveOperator(settings: NetworkSettings, keys: OperatorKeyStore, env: NodeJS.ProcessEnv = process.env): Operator {
  const fromEnv = operatorFromEnv(env);
  if (fromEnv) return fromEnv;
  const accountId = settings.operatorAccountId;
  if (!accountId) throw new LaurelError('invalid-argument', 'No operator account: set one in the Hedera network settings, or HEDERA_OPERATOR_ID and HEDERA_OPERATOR_KEY.');
  const keyText = keys.load(accountId);
  if (!keyText) throw new LaurelError('invalid-argument', `There is no key for operator ${accountId} on this machine: enter it in the Hedera network settings.`);
  return { accountId, key: parseOperatorKey(keyText, settings.keyType) };
}

/** The operator when there is one with a key on this machine; a plan can do without (it then prices from published prices). */
export function availableOperator(settings: NetworkSettings, keys: OperatorKeyStore, env: NodeJS.ProcessEnv = process.env): Operator | undefined {
  try {
    return resolveOperator(settings, keys, env);
  } catch {
    return undefined;
  }
}

/**
 * What publishing the pathway would do now, and whether its content is already published. The fee is
 * priced from the network's fee schedule (its simple-fee schedule when it has one, else the legacy one),
 * read once a session with queries `operator` pays for; without an operator, or when the network does not
 * answer, from Hedera's published prices, and the plan says so.
 */
export async function planPublication(workspace: Workspace, pathwayId: string, settings = networkSettings(workspace), operator?: Operator): Promise<PublishPlan> {
  const manifest = buildManifest(workspace, pathwayId);
  const network = resolveNetwork(settings);
  const store = outboxStore(workspace.db);
  const { chunks, compressedBytes } = await encodeHcs1File(manifest.bytes);
  const unchanged = store.unchanged(network.key, pathwayId, manifest.sha256);
  const version = unchanged?.version ?? store.nextVersion(network.key, pathwayId);
  // A topic id is at most 0.0.<19 digits>: the register message is sized with the longest.
  const register = registerMessage({ fileTopicId: '0.0.9999999999999999999', designId: pathwayId, version, sha256: manifest.sha256 });
  const sizes: PlannedSizes = {
    chunkBytes: chunks.map((chunk) => Buffer.byteLength(chunk)),
    fileTopicMemoBytes: Buffer.byteLength(fileTopicMemo(manifest.sha256)),
    registerMessageBytes: Buffer.byteLength(register),
    ...(store.registry(network.key) ? {} : { registryMemoBytes: Buffer.byteLength(REGISTRY_MEMO) }),
  };
  const [pricing, hbar] = await Promise.all([stepPricing(network, operator, sizes), hbarPerUsd(network.mirrorUrl)]);
  const steps = planSteps(sizes, pricing);
  const plan: PublishPlan = {
    designId: pathwayId,
    designName: manifest.designName,
    network: network.key,
    sha256: manifest.sha256,
    contentBytes: manifest.bytes.length,
    compressedBytes,
    version,
    steps,
    transactions: steps.reduce((sum, s) => sum + s.count, 0),
    messageBytes: steps.reduce((sum, s) => sum + s.bytes, 0),
    estimatedFeeUsd: planTotalUsd(steps),
    feeSource: pricing.source,
  };
  if (settings.operatorAccountId) plan.operatorAccountId = settings.operatorAccountId;
  if (hbar !== undefined) plan.estimatedFeeHbar = Number((plan.estimatedFeeUsd * hbar).toFixed(8));
  if (unchanged) plan.unchanged = { publicationId: unchanged.id, version: unchanged.version, state: unchanged.state };
  return plan;
}

async function stepPricing(network: ResolvedNetwork, operator: Operator | undefined, planned: PlannedSizes): Promise<StepPricing> {
  const found = operator && (await readNetworkFeeSchedule(network, operator));
  if (!found || !operator) return publishedPricing;
  switch (found.model) {
    case 'simple':
      return simpleSchedulePricing(found.schedule, measuredSizes(network, operator, planned));
    case 'legacy':
      return schedulePricing(found.schedule, operator.key.type === 'secp256k1' ? 'ECDSA_SECP256K1' : 'ED25519');
    default:
      return assertNever(found, 'fee model');
  }
}

/** The signed sizes of the planned transactions, measured now: the SDK client they need is closed after. */
function measuredSizes(network: ResolvedNetwork, operator: Operator, planned: PlannedSizes): SignedTransactionSizes {
  const client = network.client();
  try {
    const sizer = signedTransactionSizes(client, operator);
    const memos = new Map([planned.fileTopicMemoBytes, ...(planned.registryMemoBytes === undefined ? [] : [planned.registryMemoBytes])].map((n) => [n, sizer.createTopic(n)]));
    const messages = new Map([...planned.chunkBytes, planned.registerMessageBytes].map((n) => [n, sizer.submitMessage(n)]));
    const known = (table: Map<number, number>, bytes: number) => {
      const size = table.get(bytes);
      if (size === undefined) throw new Error(`no signed size measured for ${bytes} bytes`);
      return size;
    };
    return { createTopic: (bytes) => known(memos, bytes), submitMessage: (bytes) => known(messages, bytes) };
  } finally {
    client.close();
  }
}

/** The mirror node's current exchange rate, as hbar per US dollar; undefined when it does not answer soon. */
async function hbarPerUsd(mirrorUrl: string): Promise<number | undefined> {
  try {
    const response = await fetch(`${mirrorUrl}/api/v1/network/exchangerate`, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) return undefined;
    const { current_rate: rate } = (await response.json()) as { current_rate?: { cent_equivalent: number; hbar_equivalent: number } };
    return rate ? (rate.hbar_equivalent * 100) / rate.cent_equivalent : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Queues the pathway's publication in the outbox (nothing is sent yet). Content already published or
 * queued on this network is not queued again: the answer says so with the existing publication.
 */
export function enqueuePublication(workspace: Workspace, pathwayId: string, settings = networkSettings(workspace)): { publication: PublicationSummary; unchanged: boolean } {
  const manifest = buildManifest(workspace, pathwayId);
  const network = resolveNetwork(settings);
  const store = outboxStore(workspace.db);
  const existing = store.unchanged(network.key, pathwayId, manifest.sha256);
  if (existing) return { publication: publicationSummary(existing, store.rows(existing.id)), unchanged: true };
  const id = workspace.db.transaction(() =>
    store.insert({ designId: pathwayId, designName: manifest.designName, network: network.key, version: store.nextVersion(network.key, pathwayId), sha256: manifest.sha256, content: manifest.bytes }),
  )();
  return { publication: publicationSummary(store.get(id)!, []), unchanged: false };
}

export function listPublications(workspace: Workspace, pathwayId?: string): PublicationSummary[] {
  const store = outboxStore(workspace.db);
  return store.list(pathwayId).map((row) => publicationSummary(row, store.rows(row.id)));
}

export function hasPendingPublications(workspace: Workspace): boolean {
  return outboxStore(workspace.db).networksWithPending().length > 0;
}

/** Sends what waits in the outbox for the settings' network, with the given operator. */
export async function sendOutbox(workspace: Workspace, settings: NetworkSettings, operator: Operator, onProgress?: () => void): Promise<OutboxRun> {
  const network = resolveNetwork(settings);
  const gateway = new LedgerGateway(network.client(), operator);
  try {
    return await runOutbox({
      store: outboxStore(workspace.db),
      gateway,
      mirror: new MirrorClient(network.mirrorUrl),
      network: network.key,
      crash: crashInjector(),
      ...(onProgress ? { onProgress } : {}),
    });
  } finally {
    gateway.close();
  }
}
