import { execSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--js-flags=--expose-gc'];

/**
 * Debian's Chromium from the PATH, as the end-to-end tests use it. Headless unless `headless: false`
 * (which needs a display, e.g. under xvfb-run); `args` are added to CHROMIUM_ARGS.
 */
export function launchChromium(options: { headless?: boolean; args?: string[] } = {}): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { encoding: 'utf8' }).trim();
  return chromium.launch({ executablePath, headless: options.headless ?? true, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}
