import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBody } from '../validateBody';
import { compactItem, FrameworkBodySchema, FrameworkItemSchema, importError, itemProblems } from './framework';
import { MAX_FRAMEWORK_ITEMS } from './limits';

describe('framework items', () => {
  it('itemProblems finds a problem exactly when the item is not a valid alignment (or has a blank name)', () => {
    const text = (max: number) => fc.string({ maxLength: max + 2, unit: fc.constantFrom('a', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.record({ framework: text(200), name: text(500), code: text(200), description: text(4000), url: text(2000) }, { requiredKeys: ['framework', 'name'] }),
        (item) => {
          const valid = FrameworkItemSchema.safeParse(item).success && item.name.trim() !== '';
          expect(itemProblems(item).length === 0).toBe(valid);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compactItem leaves out optional fields that are empty', () => {
    expect(compactItem({ framework: 'F', name: 'N', code: '', description: undefined, url: 'u' })).toEqual({ framework: 'F', name: 'N', url: 'u' });
  });
});

describe('the framework body', () => {
  const body = { schemaVersion: 1, name: 'ESCO', source: 'csv', items: [{ framework: 'ESCO', name: 'SQL' }] };

  it('is what validateBody checks for kind framework', () => {
    expect(() => validateBody('framework', body)).not.toThrow();
    expect(() => validateBody('framework', { ...body, source: 'xlsx' })).toThrow('This framework is not valid: source:');
    expect(() => validateBody('framework', { ...body, items: [{ name: 'SQL' }] })).toThrow('items[0].framework');
    expect(() => validateBody('framework', { schemaVersion: 1 })).toThrow();
  });

  it('holds up to 100,000 items', () => {
    const item = { framework: 'F', name: 'N' };
    expect(FrameworkBodySchema.safeParse({ ...body, items: Array(MAX_FRAMEWORK_ITEMS).fill(item) }).success).toBe(true);
    expect(FrameworkBodySchema.safeParse({ ...body, items: Array(MAX_FRAMEWORK_ITEMS + 1).fill(item) }).success).toBe(false);
  });
});

describe('importError', () => {
  it('puts the first problem in the message, counts the rest, and keeps 20 as issues', () => {
    const problems = Array.from({ length: 25 }, (_, i) => ({ path: `line ${i + 2}`, message: 'no name' }));
    const error = importError('This CSV cannot be imported', problems);
    expect(error.code).toBe('invalid-document');
    expect(error.message).toBe('This CSV cannot be imported: line 2: no name (and 24 more problems)');
    expect(error.issues).toHaveLength(20);
  });
});
