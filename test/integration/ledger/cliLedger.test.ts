import { Status, TopicCreateTransaction, TopicMessageSubmitTransaction, TransactionReceiptQuery, type TransactionId } from '@hiero-ledger/sdk';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunningLedger } from '../../../electron/publish/ledger/ledger';
import { LEDGER_HOST, NODE_ACCOUNT_ID, OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER } from '../../../electron/publish/ledger/localNodeDefaults';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';
import { freePort, sdkClient } from './ledgerHarness';

// `laurel ledger` as a user runs it: a child process on the given ports, stopped by a signal.
const BIN = fileURLToPath(new URL('../../../bin/laurel.js', import.meta.url));
const children: ChildProcess[] = [];
// Each `laurel ledger` loads tsx, gRPC and the SDK (seconds on a busy machine) before it listens.
const CHILD_PROCESS_TIMEOUT_MS = 180_000;

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(() => removeTempDirs());

interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts `laurel ledger …` and resolves once it says it is running (or rejects with what it printed). */
function startCli(...args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [BIN, 'ledger', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LAUREL_DEBUG: '' } });
  children.push(child);
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Local ledger running')) resolve({ child, stdout: () => stdout, stderr: () => stderr, exited });
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    void exited.then((code) => reject(new Error(`laurel ledger exited ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`laurel ledger did not say it was running in 90 s\nstdout: ${stdout}\nstderr: ${stderr}`)), 90_000).unref();
  });
}

/**
 * Awaits one step of a test against a child process, failing with the step's name and what the child printed
 * when it stalls: a hung SDK call would otherwise only say "test timed out" after minutes.
 */
async function step<T>(label: string, started: Started, work: Promise<T>, ms = 45_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer in ${ms} ms\nstdout: ${started.stdout()}\nstderr: ${started.stderr()}`)), ms);
  });
  try {
    return await Promise.race([work, stalled]);
  } finally {
    clearTimeout(timer);
  }
}

/** What the harness's sdkClient needs of a ledger, for one started by the CLI. */
const cliLedger = (grpcPort: number): RunningLedger =>
  ({
    grpcAddress: `${LEDGER_HOST}:${grpcPort}`,
    nodeAccountId: NODE_ACCOUNT_ID,
    operator: { accountId: OPERATOR_ACCOUNT_ID, privateKeyDer: OPERATOR_PRIVATE_KEY_DER },
  }) as RunningLedger;

describe('laurel ledger', () => {
  // Once, on a CI machine running other suites beside it, this stalled until the test timed out; a second
  // attempt on fresh ports tells a stall of the machine from a ledger that does not answer.
  it('starts on the given ports, serves the SDK and the mirror REST, and stops on SIGTERM', { timeout: CHILD_PROCESS_TIMEOUT_MS, retry: 1 }, async () => {
    const [grpcPort, mirrorPort] = [await freePort(), await freePort()];
    const started = await startCli('--port', String(grpcPort), '--mirror-port', String(mirrorPort));
    expect(started.stdout()).toContain(`${LEDGER_HOST}:${grpcPort}`);
    expect(started.stdout()).toContain(`http://${LEDGER_HOST}:${mirrorPort}/api/v1`);
    expect(started.stdout()).not.toContain(OPERATOR_PRIVATE_KEY_DER);

    const client = sdkClient(cliLedger(grpcPort));
    try {
      const response = await step('creating a topic', started, new TopicCreateTransaction().setTopicMemo('from the cli test').execute(client));
      const receipt = await step('its receipt', started, response.getReceipt(client));
      const topic = await step('the mirror REST', started, fetch(`http://${LEDGER_HOST}:${mirrorPort}/api/v1/topics/${receipt.topicId}`));
      expect(topic.status).toBe(200);
      expect(((await topic.json()) as { memo: string }).memo).toBe('from the cli test');
    } finally {
      client.close();
    }

    started.child.kill('SIGTERM');
    expect(await step('stopping on SIGTERM', started, started.exited)).toBe(0);
    expect(started.stderr()).toContain('Local ledger stopped (SIGTERM)');
  });

  it('keeps its state in --state across a crash: receipts, topics and the running hash carry on', async () => {
    const stateFile = path.join(makeTempDir('laurel-ledger-'), 'ledger.json');
    const grpcPort = await freePort();
    const first = await startCli('--port', String(grpcPort), '--mirror-port', '0', '--state', stateFile);
    let client = sdkClient(cliLedger(grpcPort));
    let topicId: string;
    let sent: TransactionId;
    try {
      topicId = (await (await new TopicCreateTransaction().execute(client)).getReceipt(client)).topicId!.toString();
      const response = await new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage('before the crash').execute(client);
      await response.getReceipt(client);
      sent = response.transactionId;
    } finally {
      client.close();
    }
    first.child.kill('SIGKILL');
    await first.exited;
    expect(fs.existsSync(stateFile)).toBe(true);

    const second = await startCli('--port', String(grpcPort), '--mirror-port', '0', '--state', stateFile);
    client = sdkClient(cliLedger(grpcPort));
    try {
      const recovered = await new TransactionReceiptQuery().setTransactionId(sent).execute(client);
      expect(recovered.status).toBe(Status.Success);
      expect(recovered.topicSequenceNumber!.toNumber()).toBe(1);
      const next = await (await new TopicMessageSubmitTransaction().setTopicId(topicId).setMessage('after').execute(client)).getReceipt(client);
      expect(next.topicSequenceNumber!.toNumber()).toBe(2);
    } finally {
      client.close();
    }
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, CHILD_PROCESS_TIMEOUT_MS);

  it('refuses a bad port with a usage error, and a port in use with a clean message', async () => {
    const bad = spawn(process.execPath, [BIN, 'ledger', '--port', 'fifty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    bad.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => bad.once('exit', resolve))).toBe(2);
    expect(stderr).toMatch(/^laurel: ledger: --port must be a port number/);

    const grpcPort = await freePort();
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(grpcPort, LEDGER_HOST, resolve));
    const clash = spawn(process.execPath, [BIN, 'ledger', '--port', String(grpcPort), '--mirror-port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(clash);
    let clashErr = '';
    clash.stderr!.on('data', (chunk: Buffer) => (clashErr += chunk.toString()));
    expect(await new Promise((resolve) => clash.once('exit', resolve))).toBe(2);
    expect(clashErr).toContain(`port ${grpcPort} is in use`);
    expect(clashErr).not.toMatch(/^\s+at /m);
    await new Promise((resolve) => holder.close(resolve));
  }, CHILD_PROCESS_TIMEOUT_MS);

  it('documents the local node’s default ports and the operator in --help', async () => {
    const help = spawn(process.execPath, [BIN, 'ledger', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    help.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await new Promise((resolve) => help.once('exit', resolve))).toBe(0);
    expect(stdout).toContain('(default 50211;');
    expect(stdout).toContain('(default 5551;');
    expect(stdout).toContain(`HEDERA_OPERATOR_ID=0.0.2 HEDERA_OPERATOR_KEY=${OPERATOR_PRIVATE_KEY_DER}`);
  }, CHILD_PROCESS_TIMEOUT_MS);
});
