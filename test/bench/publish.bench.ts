/**
 * Publishing to Hedera: `npm run bench -- publish` (or `npx tsx test/bench/publish.bench.ts`). One JSON line
 * per figure (MEASURING.md): medians and p95 after a warm-up, with baselines measured in the same run.
 *
 * (a) Publishing a 200-node pathway whose credentials use two templates (the example's certificate and
 *     badge) to Laurel's local ledger, end to end: from "Publish now" (enqueuePublication: manifest, hash,
 *     outbox row) to the publication being published (sendOutbox: file topic, HCS-1 chunks, HCS-2 registry
 *     entry, receipts, the consensus time from the mirror node). Budget ≤ 5 s. The ledger runs in this
 *     process over real gRPC and HTTP on free ports; the workspace is a real SQLite file in a temp folder.
 *     Every run publishes new content (the pathway's name changes) and is read back and verified from the
 *     mirror node afterwards, outside the clock: a publication that is fast but incomplete fails the bench.
 *     Baselines: the example pathway (23 nodes) published the same way, and one bare SDK
 *     TopicMessageSubmit round trip (execute + receipt) of a 1 KB message, the unit a publication is made of.
 * (b) The canonical JSON (RFC 8785) and SHA-256 of a 2,000-node publication. Budget ≤ 50 ms. Baseline:
 *     JSON.stringify + SHA-256 of the same object. Also buildManifest as a whole (workspace read, schema,
 *     achievements, canonical JSON, hash) at 2,000 nodes, against the same at 100 nodes: it is what the
 *     "Publish" dialog's plan and "Publish now" each compute (not under the budget, reported to watch).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AccountId, Client, TopicCreateTransaction, TopicMessageSubmitTransaction } from '@hiero-ledger/sdk';
import { canonicalJson } from '../../shared/credentials/canonicalJson';
import type { NetworkSettings } from '../../shared/publish/network';
import { schedulePricing } from '../../shared/publish/feeEstimate';
import { planSteps } from '../../shared/publish/plan';
import { MAINNET_FEES } from '../../electron/publish/ledger/feeScheduleFile';
import { startLedger } from '../../electron/publish/ledger/ledger';
import { buildManifest } from '../../electron/publish/manifest';
import { parseOperatorKey } from '../../electron/publish/operator';
import { enqueuePublication, listPublications, sendOutbox } from '../../electron/publish/publisher';
import { verifyPublications } from '../../electron/publish/verifyPublication';
import { createExampleWorkspace, EXAMPLE_IDS } from '../../electron/store/seed';
import { Workspace } from '../../electron/store/workspace';
import { generatePathwayBody, type PathwayBody } from '../helpers/pathwayFixtures';
import { report, summarise, timeRuns } from './measure';

const RUNS = Number(process.env.BENCH_PUBLISH_RUNS ?? 15);
const WARMUP = 2;
const ROUND_TRIPS = 40;
const HASH_RUNS = 40;
const BUILD_RUNS = 20;
const FEE_RUNS = 200;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-publish-bench-'));
const ms = (x: number) => Math.round(x * 1000) / 1000;
const elapsedMs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
type Timed = ReturnType<typeof summarise> & { n: number; enqueue: ReturnType<typeof summarise>; transactions: number; chunks: number; bytes: number };

/**
 * Times synchronous functions taking turns, one call of each per round (the order rotating), so that the
 * load a shared machine happens to carry falls on all of them alike; after `warmup` rounds.
 */
function interleaved<K extends string>(fns: Record<K, () => unknown>, runs: number, warmup: number): Record<K, ReturnType<typeof summarise>> {
  const names = Object.keys(fns) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < warmup + runs; round++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(round + j) % names.length]!;
      const t0 = process.hrtime.bigint();
      fns[name]();
      if (round >= warmup) samples[name].push(elapsedMs(t0));
    }
  }
  return Object.fromEntries(names.map((k) => [k, summarise(samples[k])])) as Record<K, ReturnType<typeof summarise>>;
}

/** A generated pathway whose badges use the example's badge template and the rest its certificate template. */
function pathwayWithExampleTemplates(nodes: number, id: string): PathwayBody {
  const body = generatePathwayBody({ nodes, edges: Math.round(nodes * 1.5), id, name: `Bench pathway (${nodes} nodes)` });
  for (const node of body.nodes) {
    if (node.credential) node.credential.templateId = node.kind === 'badge' ? EXAMPLE_IDS.badgeTemplate : EXAMPLE_IDS.certificateTemplate;
  }
  return body;
}

const workspace = createExampleWorkspace(Workspace, path.join(dir, 'Bench.laurel'));
const ledger = await startLedger({ grpcPort: 0, mirrorPort: 0 });
try {
  const settings: NetworkSettings = {
    network: 'local',
    endpoints: { consensus: ledger.grpcAddress, nodeAccountId: ledger.nodeAccountId, mirrorUrl: ledger.mirrorUrl },
    operatorAccountId: ledger.operator.accountId,
    keyType: 'ED25519',
  };
  const operator = { accountId: ledger.operator.accountId, key: parseOperatorKey(ledger.operator.privateKeyDer, 'ED25519') };

  // ---- (a) end to end ----------------------------------------------------------------------------------
  const large = pathwayWithExampleTemplates(200, 'pathway-bench-200');
  workspace.create('pathway', large.name, large, { id: large.id });
  const largeTemplates = buildManifest(workspace, large.id).content.templates.map((t) => t.id);
  if (largeTemplates.length !== 2) throw new Error(`The 200-node publication holds templates ${largeTemplates.join(', ')}, not the two of the example.`);
  const example = workspace.get(EXAMPLE_IDS.pathway).body as PathwayBody;

  /** Publishes a new version of a pathway (its name changed), timed; then reads it back and verifies it, untimed. */
  async function publishOnce(id: string, body: PathwayBody, run: number) {
    workspace.save(id, { ...body, name: `${body.name} #${run}` }); // the editor's autosave, before "Publish now"
    const t0 = process.hrtime.bigint();
    const queued = enqueuePublication(workspace, id, settings);
    const enqueueMs = elapsedMs(t0);
    const sent = await sendOutbox(workspace, settings, operator);
    const totalMs = elapsedMs(t0);
    const publication = listPublications(workspace, id).find((p) => p.id === queued.publication.id)!;
    if (queued.unchanged || !sent.published.includes(publication.id) || publication.state !== 'published' || !publication.consensusTimestamp) {
      throw new Error(`Run ${run} of ${id} did not publish: ${JSON.stringify({ unchanged: queued.unchanged, sent, state: publication.state, message: publication.message })}`);
    }
    const verification = await verifyPublications({ network: publication.network, mirrorUrl: ledger.mirrorUrl, registryTopicId: publication.registryTopicId!, designId: id, version: publication.version, workspace });
    if (!verification.ok) throw new Error(`Version ${publication.version} of ${id} does not verify: ${JSON.stringify([verification.problems, verification.checked.map((c) => c.problems)])}`);
    return { totalMs, enqueueMs, transactions: publication.transactions.length, chunks: publication.chunks };
  }

  /**
   * Publishes new versions of each pathway, taking turns (which goes first alternates), so that the load the
   * shared machine happens to carry falls on both alike; the first `warmup` rounds are not counted.
   */
  async function timePublishing(pathways: readonly { id: string; body: PathwayBody }[], runs: number, warmup: number) {
    const results = pathways.map(() => ({ wall: [] as number[], enqueue: [] as number[], transactions: 0, chunks: 0 }));
    for (let round = 0; round < warmup + runs; round++) {
      const order = round % 2 ? [...pathways.keys()].reverse() : [...pathways.keys()];
      for (const k of order) {
        const one = await publishOnce(pathways[k]!.id, pathways[k]!.body, round + 1);
        const into = results[k]!;
        if (round >= warmup) {
          into.wall.push(one.totalMs);
          into.enqueue.push(one.enqueueMs);
        }
        into.transactions = one.transactions;
        into.chunks = one.chunks;
      }
    }
    return results.map((r, k) => ({
      ...summarise(r.wall),
      n: r.wall.length,
      enqueue: summarise(r.enqueue),
      transactions: r.transactions,
      chunks: r.chunks,
      bytes: buildManifest(workspace, pathways[k]!.id).bytes.length,
    }));
  }

  // The first publication on a network also creates the registry topic: timed once, on its own.
  workspace.save(example.id, { ...example, name: `${example.name} (first)` });
  const tFirst = process.hrtime.bigint();
  enqueuePublication(workspace, example.id, settings);
  await sendOutbox(workspace, settings, operator);
  const firstMs = elapsedMs(tFirst);

  const [big, small] = (await timePublishing([{ id: large.id, body: large }, { id: example.id, body: example }], RUNS, WARMUP)) as [Timed, Timed];

  // A bare round trip through the SDK: one 1 KB message to a topic, execute and receipt, one at a time.
  const client = Client.forNetwork({ [ledger.grpcAddress]: AccountId.fromString(ledger.nodeAccountId) });
  client.setOperator(operator.accountId, operator.key);
  const topicId = (await (await new TopicCreateTransaction().setSubmitKey(operator.key.publicKey).execute(client)).getReceipt(client)).topicId!;
  const message = 'x'.repeat(1000);
  const roundTrips = await timeRuns(async () => {
    const response = await new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage(message).execute(client);
    await response.getReceipt(client);
  }, ROUND_TRIPS, 10);
  client.close();
  const roundTrip = summarise(roundTrips);

  report({
    name: 'publish a 200-node pathway with two templates to the local ledger, end to end (baseline: the 23-node example)',
    unit: 'ms',
    median: big.median,
    p95: big.p95,
    n: big.n,
    budget: '≤ 5 s',
    templates: largeTemplates.length,
    transactions: big.transactions,
    chunks: big.chunks,
    publicationBytes: big.bytes,
    baseline: { nodes: 23, median: ms(small.median), p95: ms(small.p95), n: small.n, transactions: small.transactions, chunks: small.chunks, publicationBytes: small.bytes },
    ratio: big.median / small.median,
  });
  report({ name: 'of which: enqueuePublication of the 200-node pathway (manifest, hash, outbox row)', unit: 'ms', median: big.enqueue.median, p95: big.enqueue.p95, n: big.n });
  report({ name: 'first publication on a network (the 23-node example, creating the registry topic too)', unit: 'ms', median: firstMs, p95: firstMs, n: 1 });
  report({
    name: 'baseline: one bare SDK TopicMessageSubmit of 1 KB, execute + receipt',
    unit: 'ms',
    median: roundTrip.median,
    p95: roundTrip.p95,
    n: roundTrips.length,
    baseline_for: 'publish a 200-node pathway',
    // The 200-node publication's transactions one after another at this pace; below 1 the outbox's
    // concurrent chunks beat sending them one by one, above 1 is its overhead (signing, storing, receipts).
    publish200_over_sequential: big.median / (big.transactions * roundTrip.median),
  });

  // ---- (b) canonical JSON and hash ---------------------------------------------------------------------
  const huge = pathwayWithExampleTemplates(2000, 'pathway-bench-2000');
  workspace.create('pathway', huge.name, huge, { id: huge.id });
  const tiny = pathwayWithExampleTemplates(100, 'pathway-bench-100');
  workspace.create('pathway', tiny.name, tiny, { id: tiny.id });
  // Built by buildManifest, so its objects are what the app hashes: parsed from the workspace, then assembled.
  const manifest = buildManifest(workspace, huge.id);
  const sha256 = (text: string) => crypto.createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
  if (sha256(canonicalJson(manifest.content)) !== manifest.sha256) throw new Error('The canonical JSON hashed here is not the manifest’s.');
  const canonicalBytes = Buffer.from(canonicalJson(manifest.content), 'utf8');
  const timed = interleaved(
    {
      canonical: () => sha256(canonicalJson(manifest.content)),
      plain: () => sha256(JSON.stringify(manifest.content)),
      serialise: () => canonicalJson(manifest.content),
      hash: () => crypto.createHash('sha256').update(canonicalBytes).digest('hex'),
    },
    HASH_RUNS,
    10,
  );
  report({
    name: 'canonical JSON (RFC 8785) + SHA-256 of a 2,000-node publication (baseline: JSON.stringify + SHA-256)',
    unit: 'ms',
    median: timed.canonical.median,
    p95: timed.canonical.p95,
    n: HASH_RUNS,
    budget: '≤ 50 ms',
    nodes: huge.nodes.length,
    publicationBytes: manifest.bytes.length,
    baseline: { median: ms(timed.plain.median), p95: ms(timed.plain.p95), n: HASH_RUNS },
    ratio: timed.canonical.median / timed.plain.median,
  });
  // Where the time goes: the RFC 8785 serialisation, or the hash of its 1.2 MB.
  report({ name: 'of which: canonicalJson (RFC 8785) of the 2,000-node publication', unit: 'ms', median: timed.serialise.median, p95: timed.serialise.p95, n: HASH_RUNS });
  report({ name: 'of which: SHA-256 of its UTF-8 bytes', unit: 'ms', median: timed.hash.median, p95: timed.hash.p95, n: HASH_RUNS });

  const manifests = interleaved({ huge: () => buildManifest(workspace, huge.id), tiny: () => buildManifest(workspace, tiny.id) }, BUILD_RUNS, 3);
  report({
    name: 'buildManifest of a 2,000-node pathway: read, validate, assemble, canonical JSON, SHA-256 (baseline: 100 nodes)',
    unit: 'ms',
    median: manifests.huge.median,
    p95: manifests.huge.p95,
    n: BUILD_RUNS,
    baseline: { nodes: 100, median: ms(manifests.tiny.median), p95: ms(manifests.tiny.p95), n: BUILD_RUNS },
    ratio: manifests.huge.median / manifests.tiny.median,
  });

  // The plan's fee from the fee schedule (the schedule itself is read once a session): 200 chunks priced one by one.
  const pricing = schedulePricing({ createTopic: MAINNET_FEES.ConsensusCreateTopic, submitMessage: MAINNET_FEES.ConsensusSubmitMessage }, 'ED25519');
  const chunkBytes = Array.from({ length: 200 }, () => 1024);
  const priced = summarise(await timeRuns(() => planSteps({ chunkBytes, fileTopicMemoBytes: 90, registerMessageBytes: 300, registryMemoBytes: 20 }, pricing), FEE_RUNS));
  report({ name: 'estimate plan fee from schedule: the steps of a 200-chunk publication priced', unit: 'ms', median: priced.median, p95: priced.p95, n: FEE_RUNS });
} finally {
  await ledger.stop();
  workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
