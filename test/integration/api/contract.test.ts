import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { MAX_PAYLOAD_BYTES, METHOD_NAMES } from '../../../shared/api/methods';
import { createHandlers } from '../../../electron/api/handlers';
import { dispatch } from '../../../electron/api/dispatch';
import { createBridge } from '../../../electron/ipc/bridge';
import { registerIpc } from '../../../electron/ipc/registerIpc';
import { channelOf } from '../../../electron/ipc/channels';
import { createHttpClient } from '../../../renderer/api/httpClient';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { Workspace } from '../../../electron/store/workspace';
import { createExampleWorkspace } from '../../../electron/store/seed';

let dir: string;
let workspace: Workspace;
let host: RunningHost;
const handlers = () => createHandlers(() => workspace);

/** Everything a call could have written: every row of every table. */
function snapshot(): string {
  const tables = ['documents', 'revisions', 'credentials', 'assets', 'meta'];
  return JSON.stringify(tables.map((t) => workspace.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-api-'));
  workspace = createExampleWorkspace(Workspace, path.join(dir, 'api.laurel'));
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  host = await startHost({ rendererDir, handlers: handlers() });
});
afterAll(async () => {
  await host.close();
  workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('every end of the API is derived from the one contract', () => {
  it('the contract, the method list and the handlers name the same methods', () => {
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(handlers()).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('the preload bridge has every method and sends it on its own channel', async () => {
    const sent: string[] = [];
    const bridge = createBridge(async (channel) => (sent.push(channel), { ok: true, value: null }));
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    for (const m of METHOD_NAMES) await (bridge[m] as (a: unknown) => Promise<unknown>)({});
    expect(sent).toEqual(METHOD_NAMES.map(channelOf));
  });

  it('the IPC side registers every channel, and refuses frames that are not the app', async () => {
    const registered = new Map<string, (event: { senderFrame: { url: string } }, json: unknown) => unknown>();
    registerIpc({ handle: (channel, fn) => registered.set(channel, fn) }, handlers(), (url) => url.startsWith('laurel-app://studio/'));
    expect([...registered.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    const listDesigns = registered.get(channelOf('listDesigns'))!;
    expect(await listDesigns({ senderFrame: { url: 'laurel-app://studio/index.html' } }, '{}')).toMatchObject({ ok: true });
    expect(await listDesigns({ senderFrame: { url: 'https://evil.example/' } }, '{}')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('the renderer HTTP client has every method and posts it to /api/<method>', async () => {
    const urls: string[] = [];
    const client = createHttpClient('t', async (url) => (urls.push(String(url)), new Response('{"ok":true,"value":null}')));
    expect(Object.keys(client).sort()).toEqual([...METHOD_NAMES].sort());
    for (const m of METHOD_NAMES) await (client[m] as (a: unknown) => Promise<unknown>)({});
    expect(urls).toEqual(METHOD_NAMES.map((m) => `/api/${m}`));
  });

  it('the browser host answers every method (a typed answer, never "unknown method")', async () => {
    for (const method of METHOD_NAMES) {
      const response = await fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { 'x-laurel-token': host.token }, body: '{"unexpected": true}' });
      const result = (await response.json()) as { ok: boolean; error?: { code: string } };
      expect(result, method).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    const unknown = await fetch(`${host.origin}/api/dropTables`, { method: 'POST', headers: { 'x-laurel-token': host.token }, body: '{}' });
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });
});

describe('bad input gets a typed error and writes nothing', () => {
  it('arguments that do not match the schema, generated for every method', async () => {
    const before = snapshot();
    for (const method of METHOD_NAMES) {
      const schema = contract[method].args;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.jsonValue(), fc.record({ id: fc.jsonValue(), name: fc.jsonValue(), body: fc.jsonValue(), kind: fc.jsonValue() }, { requiredKeys: [] })).filter((v) => !schema.safeParse(v).success),
          async (bad) => {
            const result = await dispatch(handlers(), method, JSON.stringify(bad));
            expect(result.ok).toBe(false);
            if (!result.ok) {
              expect(result.error.code).toBe('invalid-argument');
              expect(result.error.message).toContain(method);
            }
          },
        ),
        { numRuns: 60 },
      );
    }
    expect(snapshot()).toBe(before);
  });

  it('text that is not JSON, and unknown methods', async () => {
    const before = snapshot();
    for (const method of METHOD_NAMES) {
      expect(await dispatch(handlers(), method, '{"id": ')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(await dispatch(handlers(), 'constructor', '{}')).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await dispatch(handlers(), '__proto__', '{}')).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(snapshot()).toBe(before);
  });

  it('oversized payloads, for every method', async () => {
    const before = snapshot();
    const huge = JSON.stringify({ id: 'x'.repeat(MAX_PAYLOAD_BYTES) });
    for (const method of METHOD_NAMES) {
      expect(await dispatch(handlers(), method, huge)).toMatchObject({ ok: false, error: { code: 'payload-too-large' } });
    }
    const response = await fetch(`${host.origin}/api/saveDesign`, { method: 'POST', headers: { 'x-laurel-token': host.token }, body: huge });
    expect(response.status).toBe(413);
    expect(snapshot()).toBe(before);
  });

  it('unknown ids, for every method that takes one', async () => {
    const before = snapshot();
    const withId = METHOD_NAMES.filter((m) => {
      const shape = (contract[m].args as unknown as { shape?: Record<string, unknown> }).shape;
      return shape && 'id' in shape;
    });
    expect(withId.length).toBeGreaterThanOrEqual(10);
    for (const method of withId) {
      const args = { id: 'no-such-design', revision: 1, baseRevision: 1, name: 'x', body: { schemaVersion: 1 } };
      const shape = (contract[method].args as unknown as { shape: Record<string, unknown> }).shape;
      const own = Object.fromEntries(Object.entries(args).filter(([k]) => k in shape));
      const result = await dispatch(handlers(), method, JSON.stringify(own));
      expect(result, method).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
    expect(snapshot()).toBe(before);
  });

  it('a body that breaks its format is refused with where it is wrong', async () => {
    const before = snapshot();
    const result = await dispatch(handlers(), 'saveDesign', JSON.stringify({ id: 'pathway-data-analytics', body: { schemaVersion: 1, format: 'laurel.pathway/1', id: 'x', name: 'n', nodes: [{ id: 'a', kind: 'lecture', title: 'A' }], edges: [] } }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-document' } });
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('nodes[0].kind');
    expect(snapshot()).toBe(before);
  });
});
