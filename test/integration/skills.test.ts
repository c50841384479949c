import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { createExampleWorkspace, EXAMPLE_IDS } from '../../electron/store/seed';
import { Workspace } from '../../electron/store/workspace';
import type { ApiArgs, ApiValue } from '../../shared/api/contract';
import type { MethodName } from '../../shared/api/methods';
import type { ApiResult } from '../../shared/api/result';
import type { Design } from '../../shared/documents';
import type { Pathway } from '../../shared/pathway/model';
import type { FrameworkBody, SkillSearchHit } from '../../shared/skills/framework';
import { makeTempDir, removeTempDirs } from '../helpers/tempFiles';

const CASE_PACKAGE = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/skills/data-analytics.case.json'), 'utf8');

const ESCO_CSV = [
  '\uFEFFframework,code,name,description,url',
  'ESCO,S5.6.1,"query databases","Retrieve data from a database with a query language such as SQL, then filter and join it.",http://data.europa.eu/esco/skill/aaa',
  'ESCO,S1.14.0,build dashboards,"Create ""at a glance"" views of key figures.",http://data.europa.eu/esco/skill/bbb',
  'ESCO,S2.1.0,Python (computer programming),"Techniques of software development:',
  'analysis, algorithms, coding.",',
  'ESCO,S9.9.9,use 100% stacked charts,,',
].join('\r\n');

let workspace: Workspace;
const handlers = () => createHandlers(() => workspace);

async function call<M extends MethodName>(method: M, args: ApiArgs<M>): Promise<ApiResult<ApiValue<M>>> {
  return (await dispatch(handlers(), method, JSON.stringify(args))) as ApiResult<ApiValue<M>>;
}
async function value<M extends MethodName>(method: M, args: ApiArgs<M>): Promise<ApiValue<M>> {
  const result = await call(method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
const search = async (query: string, limit?: number): Promise<SkillSearchHit[]> =>
  (await value('searchSkills', limit === undefined ? { query } : { query, limit })).items;

/** Every row of the tables an import writes. */
function snapshot(): string {
  return JSON.stringify(['documents', 'revisions'].map((t) => workspace.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
}

beforeEach(() => {
  workspace = createExampleWorkspace(Workspace, path.join(makeTempDir('laurel-skills-'), 'skills.laurel'));
});
afterEach(() => workspace.close());
afterAll(removeTempDirs);

describe('importing a framework', () => {
  it('adds a CSV framework as one document with its first revision', async () => {
    const imported = await value('importFramework', { format: 'csv', text: ESCO_CSV });
    expect(imported).toMatchObject({ kind: 'framework', name: 'ESCO', revision: 1, count: 4 });

    const design = (await value('getDesign', { id: imported.id })) as Design & { body: FrameworkBody };
    expect(design.body).toMatchObject({ schemaVersion: 1, name: 'ESCO', source: 'csv' });
    expect(design.body.items[1]).toEqual({
      framework: 'ESCO',
      code: 'S1.14.0',
      name: 'build dashboards',
      description: 'Create "at a glance" views of key figures.',
      url: 'http://data.europa.eu/esco/skill/bbb',
    });
    expect(design.body.items[2]!.description).toBe('Techniques of software development:\r\nanalysis, algorithms, coding.');
    expect(await value('listRevisions', { id: imported.id })).toEqual([expect.objectContaining({ revision: 1, summary: 'Imported 4 skills from CSV' })]);
    expect((await value('listDesigns', {})).designs.map((d) => d.id)).toContain(imported.id);
    expect((await value('getWorkspace', {})).counts.framework).toBe(1);
  });

  it('adds a CASE package, named after its CFDocument unless a name is given', async () => {
    expect(await value('importFramework', { format: 'case', text: CASE_PACKAGE })).toMatchObject({
      kind: 'framework',
      name: 'Data Analytics Competency Framework',
      count: 7,
    });
    expect(await value('importFramework', { format: 'case', text: CASE_PACKAGE, name: 'DA competencies' })).toMatchObject({ name: 'DA competencies', count: 7 });
  });
});

describe('searching skill frameworks', () => {
  let esco: string;
  let caseId: string;
  beforeEach(async () => {
    esco = (await value('importFramework', { format: 'csv', text: ESCO_CSV })).id;
    caseId = (await value('importFramework', { format: 'case', text: CASE_PACKAGE })).id;
  });

  it('finds items by name in every framework, ignoring case', async () => {
    const hits = await search('DASHBOARD');
    expect(hits.map((h) => [h.frameworkName, h.name])).toEqual([
      ['Data Analytics Competency Framework', 'Build dashboards'],
      ['ESCO', 'build dashboards'],
    ]);
    expect(hits[1]).toEqual({
      frameworkId: esco,
      frameworkName: 'ESCO',
      framework: 'ESCO',
      code: 'S1.14.0',
      name: 'build dashboards',
      description: 'Create "at a glance" views of key figures.',
      url: 'http://data.europa.eu/esco/skill/bbb',
    });
    expect(hits[0]).toMatchObject({ frameworkId: caseId, code: 'DA.2.2' });
    expect((await search('PYTHON FÜR')).map((h) => h.name)).toEqual(['Python für Datenanalyse']);
  });

  it('finds items by code, an exact code first', async () => {
    expect((await search('da.1.1')).map((h) => h.code)).toEqual(['DA.1.1']);
    expect((await search('DA.1')).map((h) => h.code)).toEqual(['DA.1', 'DA.1.1', 'DA.1.2']);
  });

  it('finds items by description', async () => {
    expect((await search('pandas')).map((h) => h.name)).toEqual(['Python für Datenanalyse']);
    expect((await search('query language')).map((h) => h.name)).toEqual(['query databases']);
  });

  it('leaves out fields an item does not have, rather than answering null', async () => {
    const [hit] = await search('100%');
    expect(hit).toEqual({ frameworkId: esco, frameworkName: 'ESCO', framework: 'ESCO', code: 'S9.9.9', name: 'use 100% stacked charts' });
  });

  it('matches % and _ as themselves, not as LIKE wildcards', async () => {
    expect((await search('0%')).map((h) => h.name)).toEqual(['use 100% stacked charts']);
    expect(await search('_')).toEqual([]);
  });

  it('answers at most `limit` items, 50 unless asked', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => `Skill ${String(i).padStart(3, '0')}`);
    await value('importFramework', { format: 'csv', text: ['name', ...rows].join('\n'), name: 'Many' });
    expect(await search('skill')).toHaveLength(50);
    expect((await search('skill', 7)).map((h) => h.name)).toEqual(rows.slice(0, 7));
    expect(await search('skill', 200)).toHaveLength(120);
    expect(await call('searchSkills', { query: 'skill', limit: 201 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('leaves out frameworks in the trash, and follows a rename', async () => {
    await value('deleteDesign', { id: caseId });
    expect((await search('dashboard')).map((h) => h.frameworkId)).toEqual([esco]);
    await value('restoreDeleted', { id: caseId });
    await value('renameDesign', { id: caseId, name: 'DA framework' });
    expect((await search('DA.2.2')).map((h) => h.frameworkName)).toEqual(['DA framework']);
  });

  it('gives items that attach to a skill node as alignments', async () => {
    const [{ frameworkId: _id, frameworkName: _name, ...alignment }] = (await search('DA.1.1')) as [SkillSearchHit];
    const pathway = (await value('getDesign', { id: EXAMPLE_IDS.pathway })).body as unknown as Pathway & { schemaVersion: number };
    const skill = pathway.nodes.find((n) => n.kind === 'skill')!;
    skill.alignments = [...(skill.alignments ?? []), alignment];
    expect(await call('saveDesign', { id: EXAMPLE_IDS.pathway, body: pathway, summary: 'Aligned' })).toMatchObject({ ok: true });
    const saved = (await value('getDesign', { id: EXAMPLE_IDS.pathway })).body as unknown as Pathway;
    expect(saved.nodes.find((n) => n.id === skill.id)!.alignments).toContainEqual(alignment);
  });
});

describe('bad input answers invalid-document and writes nothing', () => {
  const cases: [string, ApiArgs<'importFramework'>, string, string | undefined][] = [
    ['a CSV row without a name', { format: 'csv', text: 'code,name\nA,SQL\nB,"multi\nline"\nC,R\n\nD,Python\nE,\n' }, 'line 8: no name', 'line 8'],
    ['a CSV without a name column', { format: 'csv', text: 'code,title\nA,SQL' }, 'the header row has no “name” column', 'line 1'],
    ['a CSV with an unclosed quote', { format: 'csv', text: 'name\n"SQL\n' }, 'line 2: a quoted field is not closed', 'line 2'],
    ['an empty CSV', { format: 'csv', text: '' }, 'This CSV is empty', undefined],
    ['a CSV with more skills than a framework holds', { format: 'csv', text: 'name\n' + 'x\n'.repeat(100_001) }, '100,001 skills', undefined],
    ['text that is not JSON', { format: 'case', text: ESCO_CSV }, 'This is not JSON', undefined],
    ['JSON that is not a CFPackage', { format: 'case', text: '{"format":"laurel.pathway/1"}' }, 'This is not a CASE CFPackage', 'CFDocument'],
    ['an empty CFPackage', { format: 'case', text: '{"CFDocument":{"title":"Empty"},"CFItems":[]}' }, 'has no CFItems', undefined],
    ['a CFItem without a statement', { format: 'case', text: '{"CFDocument":{"title":"T"},"CFItems":[{"fullStatement":"ok"},{"humanCodingScheme":"X"}]}' }, 'CFItems[1]', 'CFItems[1]'],
  ];

  it.each(cases)('%s', async (_label, args, message, issuePath) => {
    const before = snapshot();
    const result = await call('importFramework', args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-document' } });
    if (!result.ok) {
      expect(result.error.message).toContain(message);
      if (issuePath) expect(result.error.issues?.[0]?.path).toBe(issuePath);
    }
    expect(snapshot()).toBe(before);
  });

  it('arguments outside the contract are refused before any parsing', async () => {
    const before = snapshot();
    for (const bad of [{ format: 'xlsx', text: 'name\nA' }, { format: 'csv' }, { format: 'csv', text: 'name\nA', name: '  ' }, { format: 'csv', text: 'x'.repeat(20 * 1024 * 1024 + 1) }]) {
      expect(await dispatch(handlers(), 'importFramework', JSON.stringify(bad))).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(snapshot()).toBe(before);
  });

  it('a framework body saved by hand is checked against the framework format', async () => {
    const id = (await value('importFramework', { format: 'csv', text: 'name\nSQL' })).id;
    const before = snapshot();
    const result = await call('saveDesign', { id, body: { schemaVersion: 1, name: 'X', source: 'csv', items: [{ name: 'no framework' }] } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-document' } });
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('items[0].framework');
    expect(snapshot()).toBe(before);
  });
});
