import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * What the page loads. zod stays on the Node side, which checks every call: building the schemas of the
 * pathway, template and settings models cost about 40 ms of every page load, before anything was drawn.
 * The build is unminified, so each module keeps the `// node_modules/…` line that names it.
 */
describe('the renderer bundle', () => {
  it('holds no validator: zod is not among its modules', { timeout: 120_000 }, async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-bundle-'));
    try {
      await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, minify: false, emptyOutDir: true } });
      const chunks = fs.readdirSync(path.join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
      const modules = chunks.flatMap((name) => fs.readFileSync(path.join(outDir, 'assets', name), 'utf8').match(/^\/\/ (node_modules|shared|renderer)\/\S+/gm) ?? []);
      // The check can see modules: the app's own and React's are there.
      expect(modules).toContain('// renderer/main.tsx');
      expect(modules).toContain('// shared/pathway/model.ts');
      expect(modules.some((m) => m.startsWith('// node_modules/react-dom/'))).toBe(true);
      expect(modules.filter((m) => m.startsWith('// node_modules/zod/') || /schema\.ts$|Schema\.ts$/.test(m))).toEqual([]);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
