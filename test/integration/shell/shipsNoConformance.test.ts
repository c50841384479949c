import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * ../shared/conformance/README.md: third-party conformance material (1EdTech schemas and contexts among it) may
 * be copied into test fixtures, but never shipped in the app. This fails if anything under resources/, or
 * anything electron-builder copies into the installers as extraResources, is a byte-for-byte copy of a file there.
 * The files are known by the SHA-256 that folder's MANIFEST.json lists (copied into test/fixtures/conformance,
 * so the test does not depend on ../shared being beside the checkout).
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const manifest = path.join(root, 'test', 'fixtures', 'conformance', 'MANIFEST.json');

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The folders `extraResources` copies, read from electron-builder.yml (`- from: …` under `extraResources:`). */
function extraResourceFolders(): string[] {
  const yml = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
  const section = /^extraResources:\n((?:[ #].*\n)*)/m.exec(yml)?.[1] ?? '';
  return [...section.matchAll(/^\s*- from:\s*(\S+)/gm)].map((m) => m[1]!);
}

describe('the app ships no conformance material', () => {
  it('no file under resources/ or extraResources is a copy of one in ../shared/conformance', () => {
    const listed = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { file: string; sha256: string; bytes: number }[];
    expect(listed.length).toBeGreaterThan(500);
    const theirs = new Map(listed.filter((f) => f.bytes > 0).map((f) => [f.sha256, f.file]));
    const folders = extraResourceFolders();
    expect(folders.length).toBeGreaterThan(0);
    const shipped = new Set([...filesUnder(path.join(root, 'resources')), ...folders.flatMap((f) => filesUnder(path.join(root, f)))]);
    // An empty file is no one's material (the conformance tree has a few).
    const copies = [...shipped].filter((file) => fs.statSync(file).size > 0 && theirs.has(sha256(file)));
    expect(copies.map((file) => `${path.relative(root, file)} is a copy of ${theirs.get(sha256(file))}`)).toEqual([]);
  });
});
