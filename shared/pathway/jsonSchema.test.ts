import Ajv2020 from 'ajv/dist/2020';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePathway } from './generate';
import { pathwayJsonSchema } from './jsonSchema';

const root = path.resolve(import.meta.dirname, '..', '..');
const shipped = JSON.parse(fs.readFileSync(path.join(root, 'resources/schemas/laurel.pathway-1.schema.json'), 'utf8'));
const example = JSON.parse(fs.readFileSync(path.join(root, 'resources/example/data-analytics.pathway.json'), 'utf8'));

describe('the laurel.pathway/1 JSON Schema that ships in resources/', () => {
  it('is the one generated from the app’s own schema (run `npm run schemas` after changing the model)', () => {
    expect(shipped).toEqual(pathwayJsonSchema());
  });

  // An independent validator (Ajv) must agree with the app about what is a pathway.
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(shipped);

  it('accepts the example pathway and a generated one', () => {
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(generatePathway({ nodes: 200, edges: 300, seed: 7 }))).toBe(true);
  });

  it('refuses what the app refuses, and says where', () => {
    expect(validate({ ...example, format: 'laurel.pathway/2' })).toBe(false);
    expect(validate({ ...example, nodes: [{ id: 'x', kind: 'lecture', title: 'X' }] })).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/nodes/0/kind')).toBe(true);
    expect(validate({ ...example, nodes: [{ id: 'c', kind: 'certificate', title: 'C', rule: { type: 'atLeast', count: 0 } }] })).toBe(false);
    expect(validate({ ...example, edges: [{ from: 'a' }] })).toBe(false);
  });
});
