import fc from 'fast-check';
import { NODE_KINDS, PATHWAY_FORMAT, type Pathway } from './model';
const ID_POOL = ['a', 'b', 'c', 'd', '__proto__', 'constructor', 'a->b', ' '];
const idArb = fc.oneof(fc.constantFrom(...ID_POOL), fc.string({ minLength: 1, maxLength: 4 }));
/** Anything the schema accepts: duplicate ids, dangling and downward edges, odd titles, huge counts. */
export const malformedPathwayArb: fc.Arbitrary<Pathway> = fc.record({
  format: fc.constant(PATHWAY_FORMAT),
  id: fc.constant('m'),
  name: fc.string({ maxLength: 5 }),
  nodes: fc.array(
    fc.record(
      {
        id: idArb,
        kind: fc.constantFrom(...NODE_KINDS),
        title: fc.oneof(fc.constantFrom('', ' ', 'SQL', 'sql '), fc.string({ maxLength: 6 })),
        rule: fc.oneof(
          fc.constant({ type: 'all' as const }),
          fc.record({ type: fc.constant('atLeast' as const), count: fc.integer({ min: 1, max: 10_000 }) }),
          fc.record({ type: fc.constant('points' as const), min: fc.double({ min: 0, max: 1_000_000, noNaN: true }) }),
        ),
        credential: fc.record(
          { name: fc.string({ maxLength: 3 }), description: fc.string({ maxLength: 3 }), criteria: fc.string({ maxLength: 3 }), templateId: fc.constantFrom('t', 'x') },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['id', 'kind', 'title'] },
    ),
    { maxLength: 10 },
  ),
  edges: fc.array(
    fc.record(
      { from: idArb, to: idArb, required: fc.boolean(), points: fc.double({ min: 0, max: 1_000_000, noNaN: true }) },
      { requiredKeys: ['from', 'to'] },
    ),
    { maxLength: 16 },
  ),
});

