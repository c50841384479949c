import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../electron/cli/commands';

// The real tool, as a user or a CI script runs it: `node bin/laurel.js …` in a child process, on real files.
const BIN = fileURLToPath(new URL('../../bin/laurel.js', import.meta.url));
const EXAMPLE_PATHWAY = { id: 'pathway-data-analytics', name: 'Data Analytics Professional Certificate' };

let dir: string;
/** A workspace made by `laurel init`, closed; tests that only need one copy it rather than spawn init again. */
let fixture: string;
/** The example pathway as `laurel export` writes it. */
let fixturePathway: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-cli-'));
  fixture = inDir('fixture.laurel');
  fixturePathway = inDir('fixture.pathway.json');
  await laurelOk('init', fixture);
  await laurelOk('export', fixture, EXAMPLE_PATHWAY.id, '--out', fixturePathway);
  // Copying is safe only because every command closes the workspace, which checkpoints its WAL.
  expect(fs.existsSync(`${fixture}-wal`)).toBe(false);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const inDir = (name: string) => path.join(dir, name);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function laurel(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env, LAUREL_DEBUG: '' };
    const child = execFile(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env }, (_error, stdout, stderr) =>
      resolve({ status: child.exitCode, stdout, stderr }),
    );
  });
}

/** Runs a command that must succeed and returns what it printed. */
async function laurelOk(...args: string[]): Promise<string> {
  const run = await laurel(...args);
  expect(run.status, `laurel ${args.join(' ')}: ${run.stderr}`).toBe(0);
  return run.stdout;
}

function expectCleanError(run: Run, status: number, pattern: RegExp) {
  expect(run.status, run.stderr).toBe(status);
  expect(run.stderr).toMatch(/^laurel: /);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
}

let workspaceCount = 0;
function newWorkspace(): string {
  const file = inDir(`ws-${++workspaceCount}.laurel`);
  fs.copyFileSync(fixture, file);
  return file;
}

interface Info {
  file: string;
  schemaVersion: number;
  counts: Record<string, number>;
  designs: { id: string; kind: string; name: string }[];
}
const info = async (file: string) => JSON.parse(await laurelOk('info', file)) as Info;

/** Everything a failed command must leave as it was: the file's bytes, its rows and what `info` says. */
async function snapshot(file: string) {
  const bytes = fs.readFileSync(file);
  const db = new Database(file, { fileMustExist: true });
  const documents = db.prepare('SELECT * FROM documents ORDER BY id').all();
  const revisions = db.prepare('SELECT * FROM revisions ORDER BY document_id, revision').all();
  db.close();
  return { bytes, documents, revisions, info: await laurelOk('info', file) };
}

describe('laurel init and info', () => {
  it('creates a workspace with the example content and describes it as JSON', async () => {
    const file = inDir('new.laurel');
    await laurelOk('init', file);
    const described = await info(file);
    expect(described.file).toBe(file);
    expect(described.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(described.counts).toEqual({ pathway: 1, template: 2, issuer: 1, brandKit: 1 });
    expect(described.designs).toEqual(
      expect.arrayContaining([
        { kind: 'pathway', ...EXAMPLE_PATHWAY },
        { id: 'template-data-analytics-certificate', kind: 'template', name: 'Data Analytics Certificate' },
        { id: 'template-data-analytics-badge', kind: 'template', name: 'Data Analytics Badge' },
        { id: 'issuer-default', kind: 'issuer', name: expect.any(String) },
        { id: 'brandkit-northwind', kind: 'brandKit', name: 'Northwind' },
      ]),
    );
    expect(described.designs).toHaveLength(5);
  });

  it('init refuses an existing file and leaves it as it was', async () => {
    const file = newWorkspace();
    const before = await snapshot(file);
    expectCleanError(await laurel('init', file), 2, /already exists/);
    expect(await snapshot(file)).toEqual(before);
  });
});

describe('laurel export', () => {
  it('prints the pathway as laurel.pathway/1 JSON by name and by id, the same either way', async () => {
    const file = newWorkspace();
    const [byName, byId, byNameIgnoringCase] = await Promise.all([
      laurelOk('export', file, EXAMPLE_PATHWAY.name),
      laurelOk('export', file, EXAMPLE_PATHWAY.id),
      laurelOk('export', file, EXAMPLE_PATHWAY.name.toUpperCase()),
    ]);
    const pathway = JSON.parse(byName) as { format: string; id: string; name: string; nodes: unknown[] };
    expect(pathway.format).toBe('laurel.pathway/1');
    expect(pathway.id).toBe(EXAMPLE_PATHWAY.id);
    expect(pathway.name).toBe(EXAMPLE_PATHWAY.name);
    expect(pathway.nodes).toHaveLength(23);
    expect(pathway).not.toHaveProperty('schemaVersion');
    expect(byId).toBe(byName);
    expect(byNameIgnoringCase).toBe(byName);
  });

  it('writes to --out instead of printing', async () => {
    const out = inDir('exported-out.json');
    expect(await laurelOk('export', fixture, EXAMPLE_PATHWAY.id, '--out', out)).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe(await laurelOk('export', fixture, EXAMPLE_PATHWAY.id));
  });

  it('an unknown design, a template, or an --out that is a workspace are bad input', async () => {
    const file = newWorkspace();
    const before = await snapshot(file);
    const [unknown, templateByName, templateById, ontoWorkspace] = await Promise.all([
      laurel('export', file, 'No such pathway'),
      laurel('export', file, 'Data Analytics Badge'),
      laurel('export', file, 'template-data-analytics-badge'),
      laurel('export', file, EXAMPLE_PATHWAY.id, '--out', file),
    ]);
    expectCleanError(unknown, 2, /no pathway named or with id “No such pathway”/);
    expectCleanError(templateByName, 2, /is a template, not a pathway/);
    expectCleanError(templateById, 2, /is a template, not a pathway/);
    expectCleanError(ontoWorkspace, 2, /is a database \(a workspace\?\); Laurel will not overwrite it/);
    expect(await snapshot(file)).toEqual(before);
  });
});

describe('laurel import', () => {
  it('round-trips an exported pathway without loss, under a fresh id when its own is taken', async () => {
    const file = newWorkspace();
    const added = JSON.parse(await laurelOk('import', file, fixturePathway)) as { id: string; name: string };
    expect(added.name).toBe(EXAMPLE_PATHWAY.name);
    expect(added.id).not.toBe(EXAMPLE_PATHWAY.id);

    const [described, exportedAgain] = await Promise.all([info(file), laurelOk('export', file, added.id)]);
    expect(described.counts.pathway).toBe(2);
    const original = JSON.parse(fs.readFileSync(fixturePathway, 'utf8')) as Record<string, unknown>;
    const again = JSON.parse(exportedAgain) as Record<string, unknown>;
    expect(again.id).toBe(added.id);
    expect({ ...again, id: original.id }).toEqual(original);
  });

  it('an ambiguous name is a usage error that lists the ids', async () => {
    const file = newWorkspace();
    const added = JSON.parse(await laurelOk('import', file, fixturePathway)) as { id: string };
    const run = await laurel('export', file, EXAMPLE_PATHWAY.name);
    expectCleanError(run, 2, /2 pathways are named/);
    expect(run.stderr).toContain(EXAMPLE_PATHWAY.id);
    expect(run.stderr).toContain(added.id);
    expect(run.stdout).toBe('');
  });

  const examplePathway = () => JSON.parse(fs.readFileSync(fixturePathway, 'utf8')) as { format: string; nodes: { kind: string }[] };
  const invalidInputs: { name: string; text: () => string; where: RegExp }[] = [
    {
      name: 'text that is not JSON',
      text: () => '{"format": "laurel.pathway/1", nodes: [',
      where: /bad-text-that-is-not-JSON\.json: This is not JSON/,
    },
    {
      name: 'JSON in another format',
      text: () => JSON.stringify({ ...examplePathway(), format: 'laurel.template/1' }),
      where: /not a laurel\.pathway\/1 file: format: /,
    },
    {
      name: 'a node with a kind that does not exist',
      text: () => {
        const pathway = examplePathway();
        pathway.nodes[0]!.kind = 'lecture';
        return JSON.stringify(pathway);
      },
      where: /nodes\[0\]\.kind: /,
    },
  ];
  for (const input of invalidInputs) {
    it(`rejects ${input.name}: exits 2, says where, and writes nothing`, async () => {
      const file = newWorkspace();
      const bad = inDir(`bad-${input.name.replace(/\W+/g, '-')}.json`);
      fs.writeFileSync(bad, input.text());
      const before = await snapshot(file);
      const run = await laurel('import', file, bad);
      expectCleanError(run, 2, input.where);
      expect(run.stdout).toBe('');
      expect(await snapshot(file)).toEqual(before);
    });
  }

  it('a JSON file that does not exist is bad input', async () => {
    expectCleanError(await laurel('import', newWorkspace(), inDir('missing.json')), 2, /missing\.json” does not exist/);
  });
});

describe('usage', () => {
  it('laurel --help and laurel help print the commands and exit 0', async () => {
    for (const run of await Promise.all([laurel('--help'), laurel('-h'), laurel('help')])) {
      expect(run.status).toBe(0);
      for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command.name} `);
    }
  });

  it.each(COMMANDS.map((c) => c.name))('laurel %s --help and laurel help <command> print its usage and exit 0', async (name) => {
    const notThere = inDir(`not-there-${name}.laurel`);
    const runs = await Promise.all([laurel(name, '--help'), laurel('help', name), laurel(name, notThere, '--help')]);
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain(`usage: laurel ${name}`);
    }
    expect(fs.existsSync(notThere), '--help must not act').toBe(false);
  });

  it('a reader that closes the pipe early is not an error', async () => {
    const script = `"${process.execPath}" "${BIN}" info "${fixture}" | true; echo "exit $\{PIPESTATUS[0]}"`;
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile('bash', ['-c', script], { encoding: 'utf8' }, (error, out, err) => (error ? reject(error) : resolve({ stdout: out, stderr: err }))),
    );
    expect(stderr).toBe('');
    expect(stdout.trim()).toBe('exit 0');
  });

  it('an unknown command, a missing argument, an extra argument or an unknown option exit 2', async () => {
    const [unknown, helpUnknown, missing, extra, option, nothing] = await Promise.all([
      laurel('frobnicate'),
      laurel('help', 'frobnicate'),
      laurel('export', inDir('x.laurel')),
      laurel('info', inDir('x.laurel'), 'extra'),
      laurel('info', inDir('x.laurel'), '--verbose'),
      laurel(),
    ]);
    expectCleanError(unknown, 2, /unknown command “frobnicate”/);
    expectCleanError(helpUnknown, 2, /unknown command “frobnicate”/);
    expectCleanError(missing, 2, /missing <design>/);
    expectCleanError(extra, 2, /unexpected argument “extra”/);
    expectCleanError(option, 2, /Unknown option '--verbose'/);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toContain('usage: laurel <command>');
  });
});

describe('a workspace file that is bad', () => {
  it('a file that is not SQLite is refused with a clear message and left byte for byte as it was', async () => {
    const file = inDir('notes.laurel');
    const bytes = Buffer.from('These are my notes, not a database.\n'.repeat(20));
    fs.writeFileSync(file, bytes);
    const runs = await Promise.all([
      laurel('info', file),
      laurel('export', file, EXAMPLE_PATHWAY.id),
      laurel('import', file, fixturePathway),
    ]);
    for (const run of runs) expectCleanError(run, 2, /“notes\.laurel” is not a Laurel workspace \(it is not an SQLite database\)/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-shm`)).toBe(false);
  });

  it('an SQLite database of another application is refused and left as it was', async () => {
    const file = inDir('other-app.db');
    const db = new Database(file);
    db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')");
    db.close();
    const bytes = fs.readFileSync(file);
    expectCleanError(await laurel('info', file), 2, /is an SQLite database but not a Laurel workspace/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('a workspace file that does not exist is bad input, and is not created', async () => {
    const file = inDir('nowhere.laurel');
    expectCleanError(await laurel('info', file), 2, /does not exist/);
    expect(fs.existsSync(file)).toBe(false);
  });
});
