// `npm start`: build, then open the studio in Electron. Where Electron cannot run (its binary could not be
// downloaded, or there is no display), the same studio opens through the browser host instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
if (run('npx', ['vite', 'build', '--logLevel', 'warn']).status !== 0) process.exit(1);
if (run('node', ['scripts/build-electron.mjs']).status !== 0) process.exit(1);

/**
 * The Electron binary, downloaded first if it is missing (as `require('electron')` would, but without
 * its stack trace when the download fails: this script then opens the browser host and says why).
 */
function electronBinary() {
  const require = createRequire(import.meta.url);
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return require('electron');
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const installed = () => {
    const pathFile = path.join(dir, 'path.txt');
    const binary = fs.existsSync(pathFile) && path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8'));
    return binary && fs.existsSync(binary) ? binary : undefined;
  };
  if (installed()) return installed();
  console.error('Downloading Electron…');
  const download = spawnSync(process.execPath, [path.join(dir, 'install.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (download.status !== 0) {
    const reason = `${download.stderr}`.split('\n').find((line) => /error|failed/i.test(line))?.trim() ?? `exit code ${download.status}`;
    console.error(`Electron could not be downloaded (${reason}).`);
    return undefined;
  }
  return installed();
}

const binary = electronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (binary && hasDisplay) {
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => {
    if (code === 0) process.exit(0);
    console.error('Electron did not start; opening the studio in your browser instead.');
    startWeb();
  });
} else {
  console.error(binary ? 'No display found; starting the studio in browser mode.' : 'Electron is not available here; starting the studio in browser mode.');
  startWeb();
}

function startWeb() {
  const web = spawn('npx', ['tsx', 'electron/host/web.ts', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'inherit'] });
  web.stdout.on('data', (data) => {
    process.stdout.write(data);
    const url = String(data).match(/http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/)?.[0];
    if (url && hasDisplay) spawn(process.platform === 'darwin' ? 'open' : 'xdg-open', [url], { stdio: 'ignore', detached: true }).on('error', () => {});
  });
  web.on('exit', (code) => process.exit(code ?? 0));
}
