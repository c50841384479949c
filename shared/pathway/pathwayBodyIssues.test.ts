import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import examplePathway from '../../resources/example/data-analytics.pathway.json';
import { issuePath } from '../schemaIssue';
import { PathwayBodySchema } from '../validateBody';
import { generatePathway } from './generate';
import { ACHIEVEMENT_TYPES, ALIGNMENT_TARGET_TYPES, NODE_KINDS, PATHWAY_FORMAT } from './model';
import { pathwayBodyIssues } from './pathwayBodyIssues';

/**
 * What zod, the schema of record, reports: every issue, as `path: message`. (A value whose `length` is an
 * object that cannot become a number makes zod throw; then the hand-written walk must throw the same.)
 */
function zodReport(body: unknown): string[] | string {
  try {
    const parsed = PathwayBodySchema.safeParse(body);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`);
  } catch (error) {
    return String(error);
  }
}
function handReport(body: unknown): string[] | string {
  try {
    return pathwayBodyIssues(body).map((i) => `${i.path}: ${i.message}`);
  } catch (error) {
    return String(error);
  }
}

// ---- arbitraries ----------------------------------------------------------------------------------

// Every length limit in model.ts, and one either side: strings, arrays and numbers are drawn near them.
const LIMITS = [1, 100, 200, 300, 500, 2000, 4000, 10_000];
const NEAR_LIMITS = [0, ...LIMITS.flatMap((n) => [n - 1, n, n + 1])];

/** Strings of every length near a limit; some with a surrogate pair (one code point, two units) or a lone surrogate. */
const boundaryStringArb = fc
  .tuple(fc.constantFrom(...NEAR_LIMITS), fc.constantFrom('plain', 'pair', 'lone'))
  .map(([units, kind]) => {
    if (kind === 'pair' && units >= 2) return `${'a'.repeat(units - 2)}😀`;
    if (kind === 'lone' && units >= 1) return `${'a'.repeat(units - 1)}\uD800`;
    return 'a'.repeat(units);
  });

/**
 * How a body's leaves are drawn. `valid` stays inside every limit (sometimes exactly at it); `nearMiss`
 * draws around the limits, so that most bodies break one of them by a little.
 */
interface Leaves {
  text(max: number, min?: number): fc.Arbitrary<unknown>;
  number(min: number, max: number): fc.Arbitrary<unknown>;
  integer(min: number, max: number): fc.Arbitrary<unknown>;
  finite(): fc.Arbitrary<unknown>;
}

const valid: Leaves = {
  text: (max, min = 0) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 12) }) },
      { weight: 1, arbitrary: fc.constantFrom('a'.repeat(max), `${'a'.repeat(max - 1)}😀`, '😀'.repeat(Math.min(max, 50))) },
    ),
  number: (min, max) => fc.double({ min, max, noNaN: true }),
  integer: (min, max) => fc.integer({ min, max }),
  finite: () => fc.double({ noNaN: true, noDefaultInfinity: true }),
};

const UNSAFE = 2 ** 60;
const nearMiss: Leaves = {
  text: (max, min) => fc.oneof(valid.text(max, min), boundaryStringArb),
  number: (min, max) => fc.oneof(valid.number(min, max), fc.constantFrom(min - 0.5, max + 0.5, max * 2, NaN, Infinity, -Infinity, '1')),
  integer: (min, max) => fc.oneof(valid.integer(min, max), fc.constantFrom(min - 1, max + 1, 1.5, UNSAFE, -UNSAFE, NaN, -Infinity, '1')),
  finite: () => fc.oneof(valid.finite(), fc.constantFrom(NaN, Infinity, -Infinity, '1')),
};

/** Pathway bodies of up to 6 nodes and 6 edges, with every optional field sometimes present, and unknown ones. */
function bodyArb(leaf: Leaves) {
  const id = leaf.text(200, 1);
  const rule = fc.oneof(
    fc.constant({ type: 'all' }),
    fc.record({ type: fc.constant('atLeast'), count: leaf.integer(1, 10_000) }),
    fc.record({ type: fc.constant('points'), min: leaf.number(0, 1_000_000) }),
  );
  const alignment = fc.record(
    { framework: leaf.text(200), code: leaf.text(200), name: leaf.text(500), url: leaf.text(2000), description: leaf.text(4000), targetType: fc.constantFrom(...ALIGNMENT_TARGET_TYPES) },
    { requiredKeys: ['framework', 'name'] },
  );
  const credential = fc.record(
    {
      name: leaf.text(300),
      description: leaf.text(10_000),
      criteria: leaf.text(10_000),
      achievementType: fc.constantFrom(...ACHIEVEMENT_TYPES),
      templateId: id,
      tags: fc.array(leaf.text(100), { maxLength: 3 }),
      creditsAvailable: leaf.number(0, 100_000),
      fieldOfStudy: leaf.text(300),
      validForMonths: leaf.integer(1, 1200),
      evidenceRequirements: leaf.text(10_000),
      language: leaf.text(100),
      // Unknown keys are kept, not refused.
      extra: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );
  const node = fc.record(
    {
      id,
      kind: fc.constantFrom(...NODE_KINDS),
      title: leaf.text(300),
      description: leaf.text(10_000),
      rule,
      position: fc.record({ x: leaf.finite(), y: leaf.finite() }),
      durationMinutes: leaf.number(0, 100_000),
      format: leaf.text(100),
      method: leaf.text(200),
      evidenceType: leaf.text(200),
      alignments: fc.array(alignment, { maxLength: 3 }),
      credential,
      futureField: fc.jsonValue(),
    },
    { requiredKeys: ['id', 'kind', 'title'] },
  );
  const edge = fc.record(
    { from: id, to: id, required: fc.boolean(), points: leaf.number(0, 1_000_000), note: fc.string() },
    { requiredKeys: ['from', 'to'] },
  );
  return fc.record(
    {
      schemaVersion: fc.constant(1),
      format: fc.constant(PATHWAY_FORMAT),
      id,
      name: leaf.text(300),
      description: leaf.text(10_000),
      nodes: fc.array(node, { maxLength: 6 }),
      edges: fc.array(edge, { maxLength: 6 }),
      layout: fc.jsonValue(),
    },
    { requiredKeys: ['schemaVersion', 'format', 'id', 'name', 'nodes', 'edges'] },
  );
}
const validBodyArb = bodyArb(valid);
const nearMissBodyArb = bodyArb(nearMiss);

class Gadget {}
/** Values that are wrong somewhere in a pathway: every JS type, and the near misses of the right ones. */
const strayValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    undefined, null, true, false, 0, -0, -1, 0.5, 1.5, NaN, Infinity, -Infinity, 2 ** 60, -(2 ** 60), 10_001, 100_001, 1_000_001, -0.001,
    '', 'x', 'unit', 'gadget', 'badge', 'Badge', 'laurel.pathway/1', 'laurel.pathway/9', 'all', 'atLeast', 'points',
    10n, Symbol('s'),
  ),
  fc.constant(null).map(() => [] as unknown),
  fc.constant(null).map(() => ({})),
  fc.constant(null).map(() => new Date(0)),
  fc.constant(null).map(() => new Map()),
  fc.constant(null).map(() => new Gadget()),
  // A class without a name: zod says "received " (an empty name).
  fc.constant(null).map(() => new (class {})()),
  fc.constant(null).map(() => Object.create(null) as unknown),
  fc.constant(null).map(() => new String('text')),
  fc.constant(null).map(() => (a: number, b: number) => a + b),
  fc.constant(null).map(() => ({ length: 'x' })),
  fc.constant(null).map(() => JSON.parse('{"__proto__": 1, "type": "all"}') as unknown),
  fc.constant(null).map(() => Array.from({ length: 101 }, () => ({ framework: 'F', name: 'N' }))),
  fc.constantFrom(0, 1, 200, 201, 300, 301).map((n) => Array.from({ length: n }, () => 'a')),
  boundaryStringArb,
  fc.record({ type: fc.constantFrom('all', 'atLeast', 'points', 'some'), count: fc.constantFrom(0, 1, 1.5, 10_001, 2 ** 60, 'x'), min: fc.constantFrom(-1, 0, 1e6 + 1, null) }, { requiredKeys: ['type'] }),
  fc.record({ x: fc.constantFrom(0, NaN, Infinity, '1'), y: fc.constantFrom(0, -Infinity), z: fc.constant(0) }, { requiredKeys: [] }),
  fc.record({ framework: strayTextArb(), name: strayTextArb(), code: strayTextArb(), extra: fc.constant(1) }, { requiredKeys: [] }),
  fc.anything(),
);
function strayTextArb(): fc.Arbitrary<unknown> {
  return fc.oneof(boundaryStringArb, fc.constantFrom<unknown>(undefined, null, 3, [], ['a']));
}

/** The keys of the pathway format, and some it does not have: where a mutation writes. */
const KEYS = [
  'schemaVersion', 'format', 'id', 'name', 'description', 'nodes', 'edges', 'kind', 'title', 'rule', 'position', 'durationMinutes',
  'format', 'method', 'evidenceType', 'alignments', 'credential', 'type', 'count', 'min', 'x', 'y', 'framework', 'code', 'url',
  'criteria', 'achievementType', 'templateId', 'tags', 'creditsAvailable', 'validForMonths', 'language', 'targetType', 'from', 'to', 'required', 'points', 'extra', '__proto__', 'constructor', '0',
];

/** Where a mutation writes: `target` picks a container; in an object, one of its own keys or one of KEYS. */
type Mutation = { target: number; action: 'set' | 'delete' | 'reparent'; ownKey: boolean; key: string; value: unknown };
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  target: fc.nat(),
  action: fc.constantFrom('set', 'set', 'set', 'delete', 'reparent'),
  ownKey: fc.boolean(),
  key: fc.constantFrom(...KEYS),
  value: strayValueArb,
});

/**
 * Applies mutations to a copy of `body`: set or delete a key, or give an object a prototype with an
 * enumerable key. Only the copy's own plain objects and arrays are changed: the generated values are
 * copied in, never edited, because fast-check reuses them while it shrinks a failure.
 */
function mutate(body: unknown, mutations: Mutation[]): unknown {
  const ours = new WeakSet<object>();
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const array: unknown[] = value.map(copy);
      ours.add(array);
      return array;
    }
    if (typeof value !== 'object' || value === null) return value;
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value;
    const object = Object.create(proto) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      Object.defineProperty(object, key, { value: copy((value as Record<string, unknown>)[key]), enumerable: true, configurable: true, writable: true });
    }
    ours.add(object);
    return object;
  };
  const containers = (root: unknown, found: (Record<string, unknown> | unknown[])[] = []) => {
    if (typeof root === 'object' && root !== null && ours.has(root)) {
      found.push(root as Record<string, unknown> | unknown[]);
      for (const child of Object.values(root)) containers(child, found);
    }
    return found;
  };

  const root = copy({ body }) as { body: unknown };
  for (const { target, action, ownKey, key, value } of mutations) {
    const all = containers(root);
    const at = all[target % all.length]! as Record<string | number, unknown>;
    const own = Object.keys(at);
    // In an array, an existing item or one past the end.
    const slot = Array.isArray(at) ? target % (at.length + 1) : ownKey && own.length > 0 ? own[target % own.length]! : key;
    if (action === 'set') {
      Object.defineProperty(at, slot, { value: copy(value), enumerable: true, configurable: true, writable: true });
    } else if (action === 'delete') {
      delete at[slot];
    } else {
      const child = at[slot];
      if (typeof child === 'object' && child !== null && !Array.isArray(child)) {
        // zod reads shape keys through the prototype, and for...in lists its enumerable keys.
        const reparented = Object.assign(Object.create({ [key]: copy(value) }) as object, child);
        ours.add(reparented);
        at[slot] = reparented;
      }
    }
  }
  return root.body;
}

// ---- properties -----------------------------------------------------------------------------------

describe('pathwayBodyIssues agrees with PathwayBodySchema (zod, the schema of record)', () => {
  it('finds nothing wrong with random valid bodies', () => {
    fc.assert(
      fc.property(validBodyArb, (body) => {
        expect(zodReport(body)).toEqual([]);
        expect(handReport(body)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reports the same issues, in the same order, for random broken bodies', () => {
    let broken = 0;
    let runs = 0;
    const messages = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(validBodyArb, nearMissBodyArb), fc.array(mutationArb, { maxLength: 4 }), (body, mutations) => {
        const input = mutate(body, mutations);
        const expected = zodReport(input);
        runs++;
        if (expected.length > 0) broken++;
        if (Array.isArray(expected)) for (const issue of expected) messages.add(issue.slice(issue.indexOf(': ') + 2));
        expect(handReport(input)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
    // The mutations really break bodies, in every way the schema can find, so the agreement is not only on `[]`.
    expect(broken).toBeGreaterThan(runs * 0.4);
    const seen = [...messages].join('\n');
    for (const kind of [
      /^Invalid input: expected string, received (undefined|null|number|array|object|Date|Map|Gadget|String|function|bigint|symbol)$/m,
      /^Invalid input: expected number, received (NaN|Infinity|string)$/m,
      /^Invalid input: expected int, received number$/m,
      /^Too big: expected int to be <=9007199254740991$/m,
      /^Too big: expected string to have <=\d+ characters$/m,
      /^Too small: expected string to have >=1 characters$/m,
      /^Too big: expected array to have <=100 items$/m,
      /^Too big: expected number to be <=\d+$/m,
      /^Too small: expected number to be >=\d+$/m,
      /^Too big: expected unknown to be <=\d+$/m,
      /^Invalid option: expected one of "unit"/m,
      /^Invalid option: expected one of "Badge"/m,
      /^Invalid input: expected "laurel.pathway\/1"$/m,
      /^Invalid input: expected 1$/m,
      /^Invalid discriminator value/m,
      /^Unrecognized keys?: /m,
    ]) {
      expect(seen).toMatch(kind);
    }
  });

  it('reports the same issues for arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), strayValueArb), (value) => {
        expect(handReport(value)).toEqual(zodReport(value));
      }),
      { numRuns: 500 },
    );
  });
});

describe('pathwayBodyIssues examples', () => {
  const body = { schemaVersion: 1, ...examplePathway };

  it('accepts the example pathway and a generated 2,000-node one', () => {
    expect(pathwayBodyIssues(body)).toEqual([]);
    expect(pathwayBodyIssues({ schemaVersion: 1, ...generatePathway({ nodes: 2000, edges: 3000, seed: 3 }) })).toEqual([]);
  });

  it('says where the problem is, as zod does', () => {
    const nodes = body.nodes.map((n, i) => (i === 3 ? { ...n, kind: 'gadget' } : n));
    const issues = pathwayBodyIssues({ ...body, nodes });
    expect(issues).toEqual([{ path: 'nodes[3].kind', message: expect.stringMatching(/^Invalid option: expected one of "unit"\|/) }]);
    expect(handReport({ ...body, nodes })).toEqual(zodReport({ ...body, nodes }));
  });

  it('reports an over-long node or edge list once, without looking at the items', () => {
    const tooManyNodes = { ...body, nodes: Array.from({ length: 50_001 }, () => null) };
    expect(handReport(tooManyNodes)).toEqual(['nodes: Too big: expected array to have <=50000 items']);
    expect(handReport(tooManyNodes)).toEqual(zodReport(tooManyNodes));
    const tooManyEdges = { ...body, edges: Array.from({ length: 200_001 }, () => null) };
    expect(handReport(tooManyEdges)).toEqual(['edges: Too big: expected array to have <=200000 items']);
    expect(handReport(tooManyEdges)).toEqual(zodReport(tooManyEdges));
  });
});
