import { execSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--js-flags=--expose-gc'];

/** Debian's Chromium from the PATH, as the end-to-end tests use it. */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
