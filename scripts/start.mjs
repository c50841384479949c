// `npm start`: build, then open the studio in Electron. Where Electron cannot run (its binary could not be
// downloaded, or there is no display), the same studio opens through the browser host instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
if (run('npx', ['vite', 'build', '--logLevel', 'warn']).status !== 0) process.exit(1);
if (run('node', ['scripts/build-electron.mjs']).status !== 0) process.exit(1);

function electronBinary() {
  try {
    return createRequire(import.meta.url)('electron'); // the path of the binary, once it is installed
  } catch {
    return undefined;
  }
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
