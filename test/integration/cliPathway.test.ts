import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `laurel check` and `laurel simulate` as a CI script runs them: `node bin/laurel.js …` in a child process,
// on a workspace made by `laurel init` and on JSON files written next to it.
const BIN = fileURLToPath(new URL('../../bin/laurel.js', import.meta.url));
const EXAMPLE = { id: 'pathway-data-analytics', name: 'Data Analytics Professional Certificate' };
const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;
const EXIT_PATHWAY_HAS_ERRORS = 3;

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

function expectCleanError(run: Run, status: number, pattern: RegExp) {
  expect(run.status, run.stderr).toBe(status);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^laurel: /);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
}

interface PathwayFile {
  format: string;
  nodes: { id: string; kind: string; rule?: unknown; credential?: Record<string, unknown> }[];
  edges: { from: string; to: string }[];
}

interface CheckReport {
  pathway: { id: string; name: string };
  errors: number;
  warnings: number;
  problems: { severity: 'error' | 'warning'; code: string; message: string; hint: string; nodeId?: string; nodeIds?: string[] }[];
}

interface Simulation {
  nodes: Record<string, { state: string; missing: string[]; missingText?: string }>;
}

let dir: string;
let workspace: string;
/** The example pathway as `laurel export` writes it. */
let exampleFile: string;
let example: PathwayFile;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-cli-pathway-'));
  workspace = path.join(dir, 'studio.laurel');
  exampleFile = path.join(dir, 'example.pathway.json');
  for (const args of [['init', workspace], ['export', workspace, EXAMPLE.id, '--out', exampleFile]]) {
    const run = await laurel(...args);
    expect(run.status, run.stderr).toBe(EXIT_OK);
  }
  example = JSON.parse(fs.readFileSync(exampleFile, 'utf8')) as PathwayFile;
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes a copy of the example pathway, changed by `edit`, and returns its path. */
function exampleVariant(name: string, edit: (pathway: PathwayFile) => void): string {
  const pathway = structuredClone(example);
  edit(pathway);
  const file = path.join(dir, `${name}.pathway.json`);
  fs.writeFileSync(file, JSON.stringify(pathway, null, 2));
  return file;
}

function writeText(name: string, text: string): string {
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, text);
  return file;
}

function nodeOf(pathway: PathwayFile, id: string) {
  const node = pathway.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`the example has no node ${id}`);
  return node;
}

function checkReport(run: Run, status: number): CheckReport {
  expect(run.status, run.stderr).toBe(status);
  const report = JSON.parse(run.stdout) as CheckReport;
  expect(report.pathway).toEqual(EXAMPLE);
  expect(report.errors).toBe(report.problems.filter((p) => p.severity === 'error').length);
  expect(report.warnings).toBe(report.problems.filter((p) => p.severity === 'warning').length);
  return report;
}

const SQL_BADGE_ACTIVITIES = ['unit-sql-intro', 'unit-sql-joins', 'assess-sql'];
const SPREADSHEET_BADGE_ACTIVITIES = ['unit-spreadsheets', 'assess-spreadsheet'];
const DASHBOARD_BADGE_ACTIVITIES = ['unit-viz', 'assess-viz', 'evidence-dashboard'];
const PYTHON_BADGE_ACTIVITIES = ['unit-python', 'unit-stats', 'assess-python', 'evidence-notebook'];

async function simulate(completed: readonly string[], source: readonly string[] = [exampleFile]): Promise<Simulation> {
  const run = await laurel('simulate', ...source, '--completed', completed.join(','));
  expect(run.status, run.stderr).toBe(EXIT_OK);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Simulation;
}

describe('laurel check', () => {
  it('finds no errors and no warnings in the example, whether named in a workspace or given as a JSON file', async () => {
    const [byName, byId, byFile] = await Promise.all([
      laurel('check', workspace, EXAMPLE.name),
      laurel('check', workspace, EXAMPLE.id),
      laurel('check', exampleFile),
    ]);
    expect(checkReport(byName, EXIT_OK)).toEqual({ pathway: EXAMPLE, errors: 0, warnings: 0, problems: [] });
    expect(byName.stderr).toBe('');
    expect(byId.stdout).toBe(byName.stdout);
    expect(byFile.stdout).toBe(byName.stdout);
  });

  it('a unit cycle exits 3 and names the units on it', async () => {
    const file = exampleVariant('unit-cycle', (p) => p.edges.push({ from: 'unit-sql-joins', to: 'unit-sql-intro' }));
    const run = await laurel('check', file);
    const report = checkReport(run, EXIT_PATHWAY_HAS_ERRORS);
    expect(report.problems[0]).toMatchObject({
      severity: 'error',
      code: 'unit-cycle',
      nodeId: 'unit-sql-intro',
      nodeIds: ['unit-sql-intro', 'unit-sql-joins'],
    });
    // What the cycle cuts off is an error too: the SQL quiz can never be taken, so nothing above it is earned.
    expect(report.problems.map((p) => [p.code, p.nodeId])).toContainEqual(['input-never-satisfied', 'certificate-data-analytics']);
    expect(run.stderr).toMatch(/has \d+ errors:\n {2}unit-cycle at unit-sql-intro: Units 'Querying with SQL' and 'Joins and Aggregation'/);
  });

  it('a certificate that needs at least 5 of its 4 badges exits 3 and names the certificate', async () => {
    const file = exampleVariant('at-least-5', (p) => (nodeOf(p, 'certificate-data-analytics').rule = { type: 'atLeast', count: 5 }));
    const run = await laurel('check', file);
    const report = checkReport(run, EXIT_PATHWAY_HAS_ERRORS);
    expect(report.problems.map((p) => [p.severity, p.code, p.nodeId])).toEqual([
      ['error', 'at-least-unreachable', 'certificate-data-analytics'],
      ['error', 'input-never-satisfied', 'program-data-analytics'],
    ]);
    expect(report.problems[0]!.message).toContain('needs at least 5 of its inputs but only 4');
    expect(run.stderr).toContain('at-least-unreachable at certificate-data-analytics');
  });

  it('a badge without criteria is a warning, and with --publish an error that exits 3', async () => {
    const file = exampleVariant('no-criteria', (p) => delete nodeOf(p, 'badge-sql').credential!.criteria);
    const [designing, publishing] = await Promise.all([laurel('check', file), laurel('check', file, '--publish')]);
    const warned = checkReport(designing, EXIT_OK);
    expect(warned.problems.map((p) => [p.severity, p.code, p.nodeId])).toEqual([['warning', 'credential-incomplete', 'badge-sql']]);
    expect(designing.stderr).toBe('');
    const refused = checkReport(publishing, EXIT_PATHWAY_HAS_ERRORS);
    expect(refused.problems.map((p) => [p.severity, p.code, p.nodeId])).toEqual([['error', 'credential-incomplete', 'badge-sql']]);
    expect(refused.problems[0]!.message).toContain('criteria');
  });

  it('--publish passes the complete example', async () => {
    expect(checkReport(await laurel('check', workspace, EXAMPLE.id, '--publish'), EXIT_OK).errors).toBe(0);
  });

  const unreadable: { name: string; args: () => string[]; where: RegExp }[] = [
    {
      name: 'text that is not JSON',
      args: () => [writeText('not-json', '{"format": "laurel.pathway/1", nodes: [')],
      where: /not-json\.json: This is not JSON/,
    },
    {
      name: 'JSON in another format',
      args: () => [exampleVariant('template-format', (p) => (p.format = 'laurel.template/1'))],
      where: /template-format\.pathway\.json: This is not a laurel\.pathway\/1 file: format: /,
    },
    {
      name: 'a node of a kind that does not exist',
      args: () => [exampleVariant('lecture', (p) => (p.nodes[0]!.kind = 'lecture'))],
      where: /lecture\.pathway\.json: This pathway is not valid: nodes\[0\]\.kind: /,
    },
    {
      name: 'a file that does not exist',
      args: () => [path.join(dir, 'missing.json')],
      where: /missing\.json” does not exist/,
    },
    {
      name: 'a workspace without the pathway to check',
      args: () => [workspace],
      where: /studio\.laurel” is a workspace; name the pathway in it too/,
    },
    {
      name: 'a pathway the workspace does not have',
      args: () => [workspace, 'No such pathway'],
      where: /no pathway named or with id “No such pathway”/,
    },
  ];
  for (const input of unreadable) {
    it(`${input.name} exits 2 and says what is wrong where`, async () => {
      expectCleanError(await laurel('check', ...input.args()), EXIT_BAD_INPUT, input.where);
    });
  }
});

describe('laurel simulate', () => {
  it('prints every node, in document order, with its state and what is missing and nothing else', async () => {
    const { nodes } = await simulate([]);
    expect(Object.keys(nodes)).toEqual(example.nodes.map((n) => n.id));
    for (const evaluation of Object.values(nodes)) {
      expect(Object.keys(evaluation).sort()).toEqual(evaluation.missingText === undefined ? ['missing', 'state'] : ['missing', 'missingText', 'state']);
    }
    expect(nodes['unit-sql-intro']).toEqual({ state: 'available', missing: ['unit-sql-intro'], missingText: 'not completed yet' });
    expect(nodes['unit-sql-joins']).toEqual({ state: 'locked', missing: ['unit-sql-intro'], missingText: 'still needed: Querying with SQL' });
    expect(nodes['certificate-data-analytics']!.state).toBe('locked');
  });

  it('the SQL units and quiz earn the SQL badge and put the certificate in progress', async () => {
    const { nodes } = await simulate(SQL_BADGE_ACTIVITIES);
    expect(nodes['assess-sql']).toEqual({ state: 'completed', missing: [] });
    expect(nodes['skill-sql']).toEqual({ state: 'earned', missing: [] });
    expect(nodes['badge-sql']).toEqual({ state: 'earned', missing: [] });
    expect(nodes['badge-spreadsheets']).toEqual({ state: 'locked', missing: ['skill-spreadsheets'], missingText: 'still needed: Spreadsheet Software' });
    expect(nodes['certificate-data-analytics']).toEqual({
      state: 'in-progress',
      missing: ['badge-spreadsheets', 'badge-dashboards', 'badge-python'],
      missingText: '2 more of: Spreadsheet Analysis, Dashboards, Python for Data Analysis',
    });
    expect(nodes['program-data-analytics']!.state).toBe('locked');
  });

  it('the activities of three badges earn the certificate and the program, in a workspace as in a file', async () => {
    const completed = [...SQL_BADGE_ACTIVITIES, ...SPREADSHEET_BADGE_ACTIVITIES, ...DASHBOARD_BADGE_ACTIVITIES];
    const [fromFile, fromWorkspace] = await Promise.all([simulate(completed), simulate(completed, [workspace, EXAMPLE.name])]);
    const { nodes } = fromFile;
    for (const badge of ['badge-sql', 'badge-spreadsheets', 'badge-dashboards']) expect(nodes[badge]!.state, badge).toBe('earned');
    expect(nodes['badge-python']!.state).toBe('locked');
    expect(nodes['certificate-data-analytics']).toEqual({ state: 'earned', missing: [] });
    expect(nodes['program-data-analytics']).toEqual({ state: 'earned', missing: [] });
    expect(fromWorkspace).toEqual(fromFile);
  });

  it('three badges without the required SQL badge leave the certificate in progress', async () => {
    const { nodes } = await simulate([...SPREADSHEET_BADGE_ACTIVITIES, ...DASHBOARD_BADGE_ACTIVITIES, ...PYTHON_BADGE_ACTIVITIES]);
    expect(nodes['badge-python']!.state).toBe('earned');
    expect(nodes['certificate-data-analytics']).toMatchObject({ state: 'in-progress', missing: ['badge-sql'] });
    expect(nodes['certificate-data-analytics']!.missingText).toContain('SQL Basics');
  });

  it('an id that is not in the pathway is a usage error that names it', async () => {
    const run = await laurel('simulate', exampleFile, '--completed', ['unit-sql-intro', 'unit-cobol', 'badge-cobol'].join(','));
    expectCleanError(run, EXIT_BAD_INPUT, /--completed names ids not in “Data Analytics Professional Certificate”: “unit-cobol”, “badge-cobol”/);
    expect(run.stderr).not.toContain('“unit-sql-intro”');
    expect(run.stderr).toContain('usage: laurel simulate');
  });

  it('ids of skills and credentials are ignored, with a note that says so', async () => {
    const [withCredentials, without] = await Promise.all([
      laurel('simulate', exampleFile, '--completed', [...SQL_BADGE_ACTIVITIES, 'skill-spreadsheets', 'badge-python'].join(',')),
      laurel('simulate', exampleFile, '--completed', SQL_BADGE_ACTIVITIES.join(',')),
    ]);
    expect(withCredentials.status, withCredentials.stderr).toBe(EXIT_OK);
    expect(withCredentials.stderr).toMatch(/^laurel: note: ignoring “skill-spreadsheets”, “badge-python” in --completed/);
    expect(withCredentials.stdout).toBe(without.stdout);
    expect((JSON.parse(withCredentials.stdout) as Simulation).nodes['badge-python']!.state).toBe('locked');
  });

  it('unreadable input exits 2 as for check', async () => {
    expectCleanError(await laurel('simulate', path.join(dir, 'missing.json'), '--completed', 'unit-sql-intro'), EXIT_BAD_INPUT, /does not exist/);
  });
});

describe('help', () => {
  it('laurel --help lists check and simulate, and each explains itself', async () => {
    const [program, check, simulateHelp] = await Promise.all([laurel('--help'), laurel('check', '--help'), laurel('simulate', '--help')]);
    for (const run of [program, check, simulateHelp]) expect(run.status, run.stderr).toBe(EXIT_OK);
    expect(program.stdout).toMatch(/^ {2}check {2,}Validate a pathway/m);
    expect(program.stdout).toMatch(/^ {2}simulate {2,}Print every node's state/m);
    expect(check.stdout).toContain('usage: laurel check <pathway.json | file pathway> [--publish]');
    expect(check.stdout).toContain('3 errors');
    expect(simulateHelp.stdout).toContain('usage: laurel simulate <pathway.json | file pathway> --completed <id,id,…>');
  });

  it('no source or a third argument is a usage error', async () => {
    const [none, three] = await Promise.all([laurel('check'), laurel('simulate', workspace, EXAMPLE.id, 'extra')]);
    expectCleanError(none, EXIT_BAD_INPUT, /check: missing <file>\nusage: laurel check/);
    expectCleanError(three, EXIT_BAD_INPUT, /simulate: unexpected argument “extra”/);
  });
});
