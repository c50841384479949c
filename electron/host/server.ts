import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../../shared/api/contract';
import { MAX_PAYLOAD_BYTES } from '../../shared/api/methods';
import { fail } from '../../shared/api/result';
import { dispatch } from '../api/dispatch';
import { resolveStaticFile } from '../files/staticFiles';
import { CONTENT_SECURITY_POLICY } from '../window/security';

export interface HostOptions {
  port?: number; // 0 or absent: a free port
  rendererDir: string;
  handlers: ApiHandlers;
  token?: string;
  log?: (message: string) => void;
}

export interface RunningHost {
  url: string; // http://127.0.0.1:<port>/?token=<token>
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const TOKEN_COOKIE = 'laurel_token';

function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function cookieToken(header: string | undefined): string | undefined {
  return header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === TOKEN_COOKIE)?.[1];
}

/**
 * The browser host (DESIGN §3): the built renderer and the same API over HTTP, on 127.0.0.1 only, behind a
 * per-run token and a Host/Origin check (so another site, or a DNS-rebound name, cannot reach it).
 * The page is opened with `?token=`; the host answers with an HttpOnly, SameSite=Strict cookie so the
 * page's own scripts and assets carry it.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const log = options.log ?? (() => {});
  let origin = '';
  let hostHeader = '';

  const server = http.createServer((req, res) => {
    const refuse = (status: number, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(fail(status === 403 ? 'unauthorized' : 'invalid-argument', message)));
    };
    if (req.headers.host !== hostHeader) return refuse(403, 'Wrong Host header.');
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return refuse(403, 'Requests from other origins are refused.');

    const url = new URL(req.url ?? '/', origin);
    const queryToken = url.searchParams.get('token') ?? undefined;
    const given = queryToken ?? (req.headers['x-laurel-token'] as string | undefined) ?? cookieToken(req.headers.cookie);
    if (!tokenMatches(token, given)) return refuse(403, 'Missing or wrong token. Open the address the host printed.');

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(405, 'API calls are POST requests.');
      const method = url.pathname.slice('/api/'.length);
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_PAYLOAD_BYTES) {
        // Answer, then drain and discard the body: destroying the socket mid-upload resets the connection
        // before the client reads the answer.
        res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
        res.end(JSON.stringify(fail('payload-too-large', `The request is larger than ${MAX_PAYLOAD_BYTES / 1048576} MB.`)));
        req.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_PAYLOAD_BYTES + 1) chunks.push(chunk);
      });
      req.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const result = await dispatch(options.handlers, method, body, log);
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(result));
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'Only GET here.');
    const found = resolveStaticFile(options.rendererDir, url.pathname) ?? (url.pathname.includes('.') ? undefined : resolveStaticFile(options.rendererDir, '/'));
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    const headers: http.OutgoingHttpHeaders = {
      'content-type': found.contentType,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': found.contentType.startsWith('text/html') ? 'no-store' : 'max-age=3600',
    };
    if (queryToken) headers['set-cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(found.file).pipe(res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  hostHeader = `127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // a browser's keep-alive connections would hold close() open
      }),
  };
}
