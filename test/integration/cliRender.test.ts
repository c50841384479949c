import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { pixelSize } from '../../electron/render/renderPng';
import { pdfText } from '../helpers/pdfTools';
import { makeTempDir, removeTempDirs, sha256OfFile } from '../helpers/tempFiles';

// `laurel render` as a script runs it: a child process on real files.
const BIN = fileURLToPath(new URL('../../bin/laurel.js', import.meta.url));
const CERTIFICATE = 'Data Analytics Certificate';

let dir: string;
let workspace: string;
const inDir = (...parts: string[]) => path.join(dir, ...parts);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
function laurel(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LAUREL_DEBUG: '' } }, (_error, stdout, stderr) =>
      resolve({ status: child.exitCode, stdout, stderr }),
    );
  });
}
async function renderOk(...args: string[]): Promise<{ files: string[]; format: string }> {
  const run = await laurel('render', workspace, ...args);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { files: string[]; format: string };
}
const textOf = (file: string) => pdfText(fs.readFileSync(inDir(file)), false);

beforeAll(async () => {
  dir = makeTempDir('laurel-cli-render-');
  workspace = inDir('studio.laurel');
  expect((await laurel('init', workspace)).status).toBe(0);
});
afterAll(removeTempDirs);

describe('laurel render with JSON data', () => {
  it('writes one PNG at the DPI asked for, filled from the data', async () => {
    fs.writeFileSync(inDir('ada.json'), JSON.stringify({ recipient: { name: 'Ada Lovelace' } }));
    const { files, format } = await renderOk(CERTIFICATE, '--data', 'ada.json', '--format', 'png', '--dpi', '150', '--out', 'ada.png');
    expect([files, format]).toEqual([['ada.png'], 'png']);
    const png = PNG.sync.read(fs.readFileSync(inDir('ada.png')));
    expect([png.width, png.height]).toEqual([pixelSize(842, 150), pixelSize(595, 150)]);
  });

  it('writes a PDF whose fields the data leaves out keep the template’s samples', async () => {
    fs.writeFileSync(inDir('grace.json'), JSON.stringify({ recipient: { name: 'Grace Hopper' }, achievement: { name: 'SQL Basics' } }));
    await renderOk(CERTIFICATE, '--data', 'grace.json', '--out', 'grace.pdf');
    const text = textOf('grace.pdf');
    expect(text).toContain('Grace Hopper');
    expect(text).toContain('SQL Basics');
    expect(text).toContain('29 November 2026'); // {{issuedOn}}: the sample
    expect(text).toContain('Northwind Institute of Data'); // {{issuer.name}}: the workspace's issuer
  });

  it('renders the samples alone without --data, into a folder under the template’s name', async () => {
    fs.mkdirSync(inDir('exports'));
    const { files } = await renderOk('template-data-analytics-badge', '--format', 'pdf', '--out', 'exports');
    expect(files).toEqual([path.join('exports', 'data-analytics-badge.pdf')]);
    expect(textOf(files[0]!)).toContain('SQL Basics');
  });
});

describe('laurel render with CSV data', () => {
  const csv = [
    'recipient.name,recipient.email,credential.id,verification.url',
    'Ada Lovelace,ada@example.org,urn:uuid:1,https://verify.example.org/c/1',
    '"Hopper, Grace",grace@example.org,urn:uuid:2,https://verify.example.org/c/2',
    'Ada Lovelace,ada2@example.org,urn:uuid:3,https://verify.example.org/c/3',
    '',
  ].join('\n');

  it('writes one file per row, named from a column (made unique), each with its row’s values', async () => {
    fs.writeFileSync(inDir('people.csv'), csv);
    // Two threads taking rows from one queue (a worker's own rendering: render/renderBatch.test.ts).
    const { files } = await renderOk(CERTIFICATE, '--data', 'people.csv', '--format', 'pdf', '--out', 'named', '--name-from', 'recipient.name', '--jobs', '2');
    expect(files).toEqual(['ada-lovelace.pdf', 'hopper-grace.pdf', 'ada-lovelace-row-3.pdf'].map((f) => path.join('named', f)));
    expect(fs.readdirSync(inDir('named')).sort()).toEqual(['ada-lovelace-row-3.pdf', 'ada-lovelace.pdf', 'hopper-grace.pdf']);
    expect(textOf(files[1]!)).toContain('Hopper, Grace');
    expect(textOf(files[2]!)).toContain('urn:uuid:3');
  });

  it('names files by row number when no column is chosen', async () => {
    const { files } = await renderOk(CERTIFICATE, '--data', 'people.csv', '--format', 'png', '--out', 'numbered');
    expect(files).toEqual(['row-0001.png', 'row-0002.png', 'row-0003.png'].map((f) => path.join('numbered', f)));
    for (const file of files) expect(fs.readFileSync(inDir(file)).subarray(1, 4).toString()).toBe('PNG');
  });
});

/** The same entry point bin/laurel.js calls, in this process: mistakes need no new process each. */
async function laurelInProcess(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}

describe('laurel render refuses bad input with exit 2 and a plain message', () => {
  it('for each kind of mistake, writing nothing', async () => {
    fs.writeFileSync(inDir('short-row.csv'), 'recipient.name,recipient.email\nAda\n');
    fs.writeFileSync(inDir('bad-header.csv'), 'Recipient Name\nAda\n');
    const before = sha256OfFile(workspace);
    const at = (file: string) => inDir(file);
    const runs = [
      await laurelInProcess('render', workspace, 'No Such Template', '--out', at('x.pdf')),
      await laurelInProcess('render', workspace, CERTIFICATE, '--format', 'gif', '--out', at('x.gif')),
      await laurelInProcess('render', workspace, CERTIFICATE, '--out', at('x.pdf'), '--dpi', '300'),
      await laurelInProcess('render', workspace, CERTIFICATE, '--data', at('short-row.csv'), '--format', 'pdf', '--out', at('rows')),
      await laurelInProcess('render', workspace, CERTIFICATE, '--data', at('bad-header.csv'), '--format', 'pdf', '--out', at('rows')),
      await laurelInProcess('render', workspace, CERTIFICATE, '--format', 'pdf', '--out', workspace),
      await laurelInProcess('render', workspace, CERTIFICATE, '--format', 'pdf'),
    ];
    const expected = [/no template named or with id “No Such Template”/, /--format must be png or pdf/, /--dpi is for PNG/, /short-row\.csv” line 2: 1 values for 2 columns/, /“Recipient Name” is not a field path/, /is a database \(a workspace\?\)/, /missing --out/];
    runs.forEach((run, i) => {
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/^laurel: /);
      expect(run.stderr).toMatch(expected[i]!);
      expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
    });
    for (const file of ['rows', 'x.pdf', 'x.gif']) expect(fs.existsSync(inDir(file)), file).toBe(false);
    expect(sha256OfFile(workspace)).toBe(before);
  });

  it('--help shows the usage and exits 0', async () => {
    const run = await laurelInProcess('render', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('usage: laurel render <file> <template> --out');
  });
});
