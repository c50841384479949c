import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LaurelError } from '../api/result';
import { FrameworkItemSchema } from './framework';
import { importCase } from './importCase';

const fixture = fs.readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/skills/data-analytics.case.json'), 'utf8');
const TITLE = 'Data Analytics Competency Framework';

const pkg = (items: unknown[], document: unknown = { identifier: 'd1', uri: 'https://case.example/d1', title: 'Tiny' }) =>
  JSON.stringify({ CFDocument: document, CFItems: items, CFAssociations: [] });

function failure(text: string): LaurelError {
  try {
    importCase(text);
  } catch (error) {
    expect(error).toBeInstanceOf(LaurelError);
    expect((error as LaurelError).code).toBe('invalid-document');
    return error as LaurelError;
  }
  throw new Error('importCase accepted the input');
}

describe('importCase', () => {
  it('turns every CFItem of a CFPackage into a framework item', () => {
    const { name, items } = importCase(fixture);
    expect(name).toBe(TITLE);
    expect(items).toHaveLength(7);
    expect(items[1]).toEqual({
      framework: TITLE,
      code: 'DA.1.1',
      name: 'Query relational databases',
      description: 'Write SQL queries that select, filter, join and aggregate data from relational databases to answer a business question.',
      url: 'https://case.laurel.example/uri/eae4c7f5-680f-58c1-afb9-b860b5eb929e',
    });
    for (const item of items) expect(FrameworkItemSchema.safeParse(item).success).toBe(true);
  });

  it('names an item without an abbreviated statement by its full statement, without repeating it as the description', () => {
    const item = importCase(fixture).items.find((i) => i.code === 'DA.1.2')!;
    expect(item.name).toBe('Clean and transform raw data, handling missing values, duplicates and inconsistent formats, and document every step.');
    expect(item.description).toBeUndefined();
  });

  it('uses the name asked for as the document name; items keep the CFDocument title as their framework', () => {
    const { name, items } = importCase(fixture, { name: 'DA skills' });
    expect(name).toBe('DA skills');
    expect(new Set(items.map((i) => i.framework))).toEqual(new Set([TITLE]));
  });

  it('cuts a long full statement to fit a name, and keeps it whole as the description', () => {
    const full = 'Analyse '.repeat(100).trim();
    const [item] = importCase(pkg([{ identifier: 'i1', fullStatement: full }])).items;
    expect(item!.name).toHaveLength(500);
    expect(item!.name.endsWith('…')).toBe(true);
    expect(full.startsWith(item!.name.slice(0, -1))).toBe(true);
    expect(item!.description).toBe(full);
  });

  it('treats null and blank fields as absent, as CASE servers write them', () => {
    const items = [{ identifier: 'i1', uri: null, fullStatement: 'Use SQL', abbreviatedStatement: '  ', humanCodingScheme: null, CFItemType: null }];
    expect(importCase(pkg(items)).items).toEqual([{ framework: 'Tiny', name: 'Use SQL' }]);
  });

  it('accepts a byte order mark before the JSON', () => {
    expect(importCase('\uFEFF' + fixture).items).toHaveLength(7);
  });

  it('says when the text is not JSON', () => {
    expect(failure('framework,code,name\nESCO,1,SQL').message).toMatch(/^This is not JSON, so not a CASE package: /);
  });

  it('says when the JSON is not a CFPackage, and where', () => {
    expect(failure('[1, 2]').message).toBe('This is not a CASE CFPackage: (top level): expected an object with CFDocument and CFItems');
    expect(failure('{"format": "laurel.pathway/1", "nodes": []}').message).toBe(
      'This is not a CASE CFPackage: CFDocument: missing: a CFPackage starts with its CFDocument',
    );
    expect(failure(pkg([], { identifier: 'd1' })).message).toBe('This is not a CASE CFPackage: CFDocument.title: the CFDocument has no title');
    expect(failure(JSON.stringify({ CFDocument: { title: 'T' }, CFItems: { a: 1 } })).message).toBe(
      'This is not a CASE CFPackage: CFItems: expected a list of CFItems',
    );
  });

  it('says when the package has no items', () => {
    expect(failure(pkg([])).message).toBe('The CASE package “Tiny” has no CFItems: there are no skills to import.');
    expect(failure(JSON.stringify({ CFDocument: { title: 'Tiny' } })).message).toBe('The CASE package “Tiny” has no CFItems: there are no skills to import.');
  });

  it('reports items that cannot become skills by their place in CFItems', () => {
    const error = failure(pkg([{ identifier: 'a', fullStatement: 'ok' }, 'nonsense', { identifier: 'c', humanCodingScheme: 'C.1' }]));
    expect(error.message).toBe('This CASE package cannot be imported: CFItems[1]: expected an object (and 1 more problem)');
    expect(error.issues).toEqual([
      { path: 'CFItems[1]', message: 'expected an object' },
      { path: 'CFItems[2]', message: 'no fullStatement or abbreviatedStatement to name the skill' },
    ]);
  });

  it('reports fields longer than an alignment holds', () => {
    expect(failure(pkg([{ fullStatement: 'x', humanCodingScheme: 'c'.repeat(201) }])).message).toBe(
      'This CASE package cannot be imported: CFItems[0]: code is longer than 200 characters',
    );
    expect(failure(pkg([{ fullStatement: 'x' }], { title: 't'.repeat(201) })).message).toBe(
      'This CASE package cannot be imported: CFDocument.title: the title is longer than 200 characters',
    );
  });
});
