import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledContexts, pinnedContext } from './bundledContexts';
import { CONTEXT_SOURCES } from './contextSources';
import { createDocumentLoader, RefusedUrlError } from './documentLoader';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const packageJson = (name: string) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { name: string; version: string; license: string };

describe('the contexts Laurel serves', () => {
  const sources = Object.entries(CONTEXT_SOURCES).flatMap(([url, revisions]) => revisions.map((source, revision) => ({ url, revision, ...source })));

  it.each(sources)('$url (revision $revision) is what $package says in $file, under the licence recorded', ({ url, revision, package: name, file, licence }) => {
    const where = path.join(root, 'node_modules', name, file);
    const inFile = file.endsWith('.js') ? require(where) : JSON.parse(fs.readFileSync(where, 'utf8'));
    expect(bundledContexts().get(url)![revision]).toEqual(inFile);
    const declared = packageJson(name).license;
    expect(licence).toContain(declared.startsWith('SEE LICENSE') ? 'W3C' : declared);
  });

  it('every package is a dependency at an exact version, so the bundle and the installers carry it', () => {
    const { dependencies } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of new Set(sources.map((s) => s.package))) {
      expect(dependencies[name], name).toMatch(/^(npm:[@\w/.-]+@)?\d+\.\d+\.\d+$/);
      expect(dependencies[name]!.endsWith(packageJson(name).version), name).toBe(true);
    }
  });

  it('refuses a context whose package changed it', () => {
    const [url, [source]] = Object.entries(CONTEXT_SOURCES)[0]! as [string, typeof sources];
    expect(() => pinnedContext(url, { ...source!, sha256: '0'.repeat(64) })).toThrow(/does not match its pinned SHA-256/);
  });

  it('loads only the listed URLs: one that only conformance material has is refused', async () => {
    const load = createDocumentLoader();
    for (const url of Object.keys(CONTEXT_SOURCES)) expect((await load(url)).document).toBe(bundledContexts().get(url)![0]);
    for (const url of ['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', 'https://www.w3.org/ns/credentials/examples/v2', 'https://example.org/context.json']) {
      await expect(load(url)).rejects.toBeInstanceOf(RefusedUrlError);
    }
  });
});
