import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fileTopicMemo, parseRegisterMessage, REGISTRY_MEMO } from '../../../shared/publish/hcs';
import type { RunningLedger } from '../../../electron/publish/ledger/ledger';
import { OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER } from '../../../electron/publish/ledger/localNodeDefaults';
import { mirrorTransactionId } from '../../../electron/publish/mirrorClient';
import type { CrashPoint } from '../../../electron/publish/outbox/crashPoints';
import { outboxStore, type OutboxRow, type PublicationRow } from '../../../electron/publish/outbox/outboxStore';
import { verifyPublications } from '../../../electron/publish/verifyPublication';
import { EXAMPLE_IDS } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';
import { makeTempDir, removeTempDirs, sideFiles } from '../../helpers/tempFiles';
import { startTestLedger } from '../ledger/ledgerHarness';

// Issue #6: the publishing process is SIGKILLed at each step of a publication (before a transaction is sent,
// after it is sent and before its receipt, after its receipt and before it is recorded); after a restart the
// ledger holds every chunk exactly once and exactly one registry entry per version. The processes are the
// real CLI (`laurel publish`, `laurel outbox run`); crashPoints.ts kills them from inside at the n-th step.

const BIN = fileURLToPath(new URL('../../../bin/laurel.js', import.meta.url));
const PATHWAY = EXAMPLE_IDS.pathway;
/** The example pathway's publication: the registry topic, the file topic, 6 chunks, the register message. */
const CHUNKS = 6;
const TRANSACTIONS = 2 + CHUNKS + 1;
const REGISTER = TRANSACTIONS;
// Each child loads tsx and the SDK (seconds of CPU): three at a time keep a loaded two-core machine moving.
const MAX_CHILDREN = 3;
const CHILD_STALL_MS = 120_000;
const TEST_TIMEOUT_MS = 240_000;

let ledger: RunningLedger;
let template: string;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  ledger = await startTestLedger();
  template = path.join(makeTempDir('laurel-outbox-crash-'), 'template.laurel');
  const init = await laurel(['init', template]);
  expect(init.code, init.stderr).toBe(0);
}, TEST_TIMEOUT_MS);
afterEach(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
});
afterAll(async () => {
  await ledger?.stop();
  removeTempDirs();
});

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

let running = 0;
const queue: (() => void)[] = [];
async function slot(): Promise<() => void> {
  if (running >= MAX_CHILDREN) await new Promise<void>((resolve) => queue.push(resolve));
  running++;
  return () => {
    running--;
    queue.shift()?.();
  };
}

/** Runs `laurel …` to its end (at most MAX_CHILDREN at once), as the operator of the local ledger. */
async function laurel(args: string[], crash?: `${CrashPoint}:${number}`): Promise<Finished> {
  const release = await slot();
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, LAUREL_DEBUG: '', HEDERA_OPERATOR_ID: OPERATOR_ACCOUNT_ID, HEDERA_OPERATOR_KEY: OPERATOR_PRIVATE_KEY_DER };
    delete env.LAUREL_OUTBOX_CRASH;
    if (crash) env.LAUREL_OUTBOX_CRASH = crash;
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return await new Promise<Finished>((resolve, reject) => {
      const stalled = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`laurel ${args.join(' ')} did not end in ${CHILD_STALL_MS} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
      }, CHILD_STALL_MS);
      child.once('close', (code, signal) => {
        clearTimeout(stalled);
        children.delete(child);
        resolve({ code, signal, stdout, stderr });
      });
    });
  } finally {
    release();
  }
}

const networkArgs = () => ['--network', 'local', '--consensus', ledger.grpcAddress, '--mirror', ledger.mirrorUrl];

/** A fresh copy of the workspace `laurel init` made, in a folder of its own. */
function freshWorkspace(): string {
  const file = path.join(makeTempDir('laurel-outbox-crash-'), 'crash.laurel');
  for (const source of [template, ...sideFiles(template)]) fs.copyFileSync(source, file + source.slice(template.length));
  return file;
}

/** The workspace's publications and outbox rows, read without writing to it. */
function readOutbox(file: string): { publications: PublicationRow[]; rows: OutboxRow[] } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const store = outboxStore(db);
    const publications = store.list();
    return { publications, rows: publications.flatMap((p) => store.rows(p.id)) };
  } finally {
    db.close();
  }
}

const onLedger = (row: OutboxRow) => ledger.state.transactions.get(mirrorTransactionId(row.transaction_id));
const text = (message: Buffer) => message.toString('utf8');

interface CrashCase {
  point: CrashPoint;
  /** The n-th time the process reaches the point: 1 the registry's creation, 2 the file topic's, 3–8 chunks, 9 the register message. */
  n: number;
  /** What is run after the crash to finish the publication. */
  recover: 'outbox run' | 'publish';
}

interface CaseOutcome {
  label: string;
  transactionIds: string[];
  topicIds: string[];
}

const inRange = (value: number, low: number, high: number) => value >= low && value <= high;

/**
 * What the workspace and the ledger must show right after the kill: the n-th step's transaction was stored
 * before anything was sent, and the crash fell where it was asked to. Chunks go out several at a time, so
 * at a chunk only bounds are certain.
 */
function expectCrashedAt({ point, n }: CrashCase, file: string, label: string) {
  const { publications, rows } = readOutbox(file);
  expect(publications.map((p) => [p.version, p.state]), label).toEqual([[1, 'submitting']]);
  expect(rows.length, `${label}: the n-th transaction was signed and stored before the kill`).toBeGreaterThanOrEqual(n);
  const taken = rows.filter((r) => onLedger(r)).length;
  const confirmed = rows.filter((r) => r.state === 'confirmed').length;
  const chunk = n > 2 && n < REGISTER;
  switch (point) {
    case 'before-submit':
      // The n-th was never sent; those before it were (chunks: or were on their way).
      expect(chunk ? inRange(taken, 2, n - 1) : taken === n - 1, `${label}: ${taken} of the workspace's transactions on the ledger`).toBe(true);
      expect(chunk ? inRange(confirmed, 2, n - 1) : confirmed === n - 1, `${label}: ${confirmed} recorded`).toBe(true);
      break;
    case 'after-submit':
      // The n-th was taken by the ledger, its receipt never asked for.
      expect(chunk ? inRange(taken, n, TRANSACTIONS - 1) : taken === n, `${label}: ${taken} of the workspace's transactions on the ledger`).toBe(true);
      expect(chunk ? inRange(confirmed, 2, n - 1) : confirmed === n - 1, `${label}: ${confirmed} recorded`).toBe(true);
      break;
    case 'after-receipt':
      // The n-th receipt said SUCCESS, and the kill came before the workspace recorded it.
      expect(chunk ? inRange(taken, n, TRANSACTIONS - 1) : taken === n, `${label}: ${taken} of the workspace's transactions on the ledger`).toBe(true);
      expect(confirmed, `${label}: only the receipts before the n-th were recorded`).toBe(n - 1);
      break;
  }
}

/**
 * After the recovery: one publication, version 1, published; its nine transactions each signed once, on the
 * ledger and successful; the file topic holds chunk orders 0–5 once each; the registry holds one entry.
 */
async function expectPublishedOnce(file: string, label: string): Promise<CaseOutcome> {
  const { publications, rows } = readOutbox(file);
  expect(publications.map((p) => [p.version, p.state, p.message]), label).toEqual([[1, 'published', null]]);
  const publication = publications[0]!;
  expect(rows.map((r) => [r.step, r.idx, r.state, r.attempts]), label).toEqual([
    ['create-registry', 0, 'confirmed', 0],
    ['create-file-topic', 0, 'confirmed', 0],
    ...Array.from({ length: CHUNKS }, (_, i) => ['submit-chunk', i, 'confirmed', 0]),
    ['register', 0, 'confirmed', 0],
  ]);
  expect(rows.map((r) => onLedger(r)?.status), `${label}: each of the outbox's transactions on the ledger`).toEqual(Array(TRANSACTIONS).fill('SUCCESS'));

  const fileTopic = publication.file_topic_id!;
  const registryTopic = publication.registry_topic_id!;
  expect(ledger.state.topics.get(fileTopic)?.memo, label).toBe(fileTopicMemo(publication.sha256));
  expect(ledger.state.topics.get(registryTopic)?.memo, label).toBe(REGISTRY_MEMO);
  const orders = ledger.state.messages.get(fileTopic)!.map((m) => (JSON.parse(text(m.message)) as { o: number }).o);
  expect(orders.sort((a, b) => a - b), `${label}: chunk orders in the file topic`).toEqual(Array.from({ length: CHUNKS }, (_, o) => o));
  const entries = ledger.state.messages.get(registryTopic)!.map((m) => parseRegisterMessage(text(m.message)));
  expect(entries, `${label}: the registry's entries`).toEqual([{ fileTopicId: fileTopic, designId: PATHWAY, version: 1, sha256: publication.sha256 }]);

  const workspace = Workspace.open(file);
  try {
    const verification = await verifyPublications({ network: publication.network, mirrorUrl: ledger.mirrorUrl, registryTopicId: registryTopic, workspace });
    expect([verification.ok, verification.problems, verification.checked.map((c) => [c.version, c.ok, c.problems, c.local])], `${label}: verified`).toEqual([
      true,
      [],
      [[1, true, [], 'same']],
    ]);
  } finally {
    workspace.close();
  }
  return { label, transactionIds: rows.map((r) => mirrorTransactionId(r.transaction_id)), topicIds: [registryTopic, fileTopic] };
}

/** Kills `laurel publish` at the case's step, checks where it fell, recovers, and checks the publication. */
async function crashAndRecover(crashCase: CrashCase, options: { verifyWithCli: boolean }): Promise<CaseOutcome> {
  const { point, n, recover } = crashCase;
  const label = `${point}:${n}, then ${recover}`;
  const file = freshWorkspace();
  const crashed = await laurel(['publish', file, PATHWAY, ...networkArgs()], `${point}:${n}`);
  expect([crashed.code, crashed.signal], `${label}: killed\nstdout: ${crashed.stdout}\nstderr: ${crashed.stderr}`).toEqual([null, 'SIGKILL']);
  expectCrashedAt(crashCase, file, label);

  const recovered = await laurel(recover === 'publish' ? ['publish', file, PATHWAY, ...networkArgs()] : ['outbox', 'run', file, ...networkArgs()]);
  expect(recovered.code, `${label}: the recovery's exit code\nstdout: ${recovered.stdout}\nstderr: ${recovered.stderr}`).toBe(0);
  const report = JSON.parse(recovered.stdout) as { publications: { id: number; version: number; state: string }[] };
  expect(report.publications.map((p) => [p.id, p.version, p.state]), label).toEqual([[1, 1, 'published']]);
  if (recover === 'publish') expect(recovered.stderr, label).toContain('version 1 of this content waits in the outbox; sending it now.');

  const outcome = await expectPublishedOnce(file, label);
  if (options.verifyWithCli) {
    const verified = await laurel(['verify-publication', ...networkArgs(), '--workspace', file]);
    expect(verified.code, `${label}: laurel verify-publication\nstdout: ${verified.stdout}\nstderr: ${verified.stderr}`).toBe(0);
    expect((JSON.parse(verified.stdout) as { ok: boolean; checked: unknown[] }).checked, label).toHaveLength(1);
  }
  return outcome;
}

/**
 * Runs the cases side by side, then checks the ledger as a whole: everything it took meanwhile is the
 * cases' own transactions (nine each, all successful), so no step was ever signed twice and reached
 * consensus twice, and every topic it created is one case's registry or file topic: no orphan topic.
 */
async function expectEachPublishedOnce(cases: CrashCase[]): Promise<void> {
  const transactionsBefore = new Set(ledger.state.transactions.keys());
  const topicsBefore = new Set(ledger.state.topics.keys());
  // The register message's case is also checked by `laurel verify-publication` itself.
  const settled = await Promise.allSettled(cases.map((c) => crashAndRecover(c, { verifyWithCli: c.n === REGISTER })));
  const failures = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => s.reason as Error);
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new Error(`${failures.length} of ${cases.length} cases failed:\n\n${failures.map((e) => e.message).join('\n\n')}`);
  const outcomes = settled.map((s) => (s as PromiseFulfilledResult<CaseOutcome>).value);

  const taken = [...ledger.state.transactions].filter(([id]) => !transactionsBefore.has(id));
  expect(taken.map(([id]) => id).sort()).toEqual(outcomes.flatMap((o) => o.transactionIds).sort());
  expect(taken.filter(([, entry]) => entry.status !== 'SUCCESS')).toEqual([]);
  const created = [...ledger.state.topics.keys()].filter((id) => !topicsBefore.has(id));
  expect(created.sort()).toEqual(outcomes.flatMap((o) => o.topicIds).sort());
}

describe('a publication SIGKILLed at any step is finished exactly once by `laurel outbox run`', () => {
  // For each point: the registry's creation (1), the file topic's (2), a chunk (a different one each time),
  // and the register message (9), the last transaction.
  const chunkFor: Record<CrashPoint, number> = { 'before-submit': 3, 'after-submit': 6, 'after-receipt': 8 };
  for (const point of ['before-submit', 'after-submit', 'after-receipt'] as const) {
    it(`killed ${point} at the registry's creation, the file topic's, chunk transaction ${chunkFor[point]} and the register message`, { timeout: TEST_TIMEOUT_MS }, async () => {
      await expectEachPublishedOnce([1, 2, chunkFor[point], REGISTER].map((n) => ({ point, n, recover: 'outbox run' })));
    });
  }
});

describe('publishing unchanged content again after a SIGKILL', () => {
  it('finishes version 1 rather than making a version 2, at any crash point', { timeout: TEST_TIMEOUT_MS }, async () => {
    await expectEachPublishedOnce([
      { point: 'before-submit', n: 5, recover: 'publish' },
      { point: 'after-submit', n: 2, recover: 'publish' },
      { point: 'after-receipt', n: REGISTER, recover: 'publish' },
    ]);
  });
});
