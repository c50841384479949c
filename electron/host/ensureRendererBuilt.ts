import fs from 'node:fs';
import path from 'node:path';

/** The newest modification time of any file under the given folders. */
function newestMtime(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of dirs) if (fs.existsSync(dir)) walk(dir);
  return newest;
}

/** Builds the production renderer with Vite when it is missing or older than its sources. */
export async function ensureRendererBuilt(root: string, log: (m: string) => void): Promise<string> {
  const outDir = path.join(root, 'out', 'renderer');
  const index = path.join(outDir, 'index.html');
  const sources = ['renderer', 'shared', 'resources'].map((d) => path.join(root, d));
  const stale = !fs.existsSync(index) || fs.statSync(index).mtimeMs < newestMtime(sources);
  if (stale) {
    log('Building the studio (vite build)…');
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  return outDir;
}
