import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Studio {
  url: string;
  origin: string;
  token: string;
  workspaceFile: string;
  userData: string;
  /** Stops the host and starts it again on the same workspace (a new token, a new port). */
  restart(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '..', '..');

/** Starts `npm run web`'s program on a fresh workspace, as a user would, and reads the URL it prints. */
export async function startWebHost(workspaceFile: string, userData: string, extraArgs: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/web.ts', '--workspace', workspaceFile, ...extraArgs], {
    cwd: root,
    env: { ...process.env, LAUREL_USER_DATA: userData },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start:\n${output}`)), 120_000);
    const read = (data: Buffer) => {
      output += data;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`The host exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

export const stopHost = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

export const test = base.extend<{ studio: Studio; uncaughtErrors: void }>({
  // A journey fails on an error nothing in the page caught, even one the user would not see at once
  // (a handler throwing on a frozen saved document, say: useAutosave.tsx).
  uncaughtErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
      await use();
      expect(errors, 'errors thrown in the page and not caught').toEqual([]);
    },
    { auto: true },
  ],
  studio: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-e2e-'));
    const workspaceFile = path.join(dir, 'Studio.laurel');
    const userData = path.join(dir, 'user-data');
    let host = await startWebHost(workspaceFile, userData);
    const studio: Studio = {
      workspaceFile,
      userData,
      get url() {
        return host.url;
      },
      get origin() {
        return new URL(host.url).origin;
      },
      get token() {
        return new URL(host.url).searchParams.get('token')!;
      },
      async restart() {
        await stopHost(host.child);
        host = await startWebHost(workspaceFile, userData);
      },
    };
    await use(studio);
    await stopHost(host.child);
    fs.rmSync(dir, { recursive: true, force: true });
  },
});
export { expect };
