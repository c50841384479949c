import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, changesBetween } from './bodyChanges';
import type { DocumentBody } from './documents';

type Item = { id: string; v: number } | { from: string; to: string; v: number };

/** An edit an editor's store can make: replace some items, remove some, add some, reorder, change a member. */
const editArb = fc.record({
  change: fc.array(fc.nat(), { maxLength: 4 }),
  remove: fc.array(fc.nat(), { maxLength: 3 }),
  add: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 3 }),
  addAt: fc.nat(),
  swap: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined }),
  rename: fc.boolean(),
});

type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

const bodyArb = fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }).map(
  (ids): DocumentBody => ({
    schemaVersion: 1,
    name: 'P',
    nodes: ids.map((i) => ({ id: `n${i}`, v: 0 })),
    edges: ids.slice(1).map((i, k) => ({ from: `n${ids[k]}`, to: `n${i}`, v: 0 })),
  }),
);

/** Makes the edit the way a store does: new objects for what changes, the same objects for the rest. */
function edited(before: DocumentBody, edit: Edit): DocumentBody {
  const nodes = [...(before.nodes as Item[])];
  for (const i of edit.change) if (nodes.length) nodes[i % nodes.length] = { ...nodes[i % nodes.length]!, v: i + 1 };
  for (const i of edit.remove) if (nodes.length) nodes.splice(i % nodes.length, 1);
  for (const n of edit.add) {
    if (!nodes.some((x) => 'id' in x && x.id === `n${n}`)) nodes.splice(nodes.length ? edit.addAt % (nodes.length + 1) : 0, 0, { id: `n${n}`, v: 7 });
  }
  if (edit.swap && nodes.length > 1) {
    const [a, b] = [edit.swap[0] % nodes.length, edit.swap[1] % nodes.length];
    [nodes[a], nodes[b]] = [nodes[b]!, nodes[a]!];
  }
  const edges = (before.edges as Item[]).filter((_, i) => !edit.remove.includes(i));
  return { ...before, ...(edit.rename ? { name: 'Q' } : {}), nodes, edges };
}

describe('changes between two bodies', () => {
  it('applied to the first body, give the second (the order of items included)', () => {
    fc.assert(
      fc.property(bodyArb, editArb, (before, edit) => {
        const after = edited(before, edit);
        const changes = changesBetween('pathway', before, after)!;
        expect(changes).toBeDefined();
        // The changes travel as JSON, as the API sends them.
        const sent = JSON.parse(JSON.stringify(changes)) as typeof changes;
        expect(applyChanges('pathway', before, sent)).toEqual(after);
      }),
      { numRuns: 2000 },
    );
  });

  it('name only what changed: one moved node of 2,000 is one item, and the rest stays out', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, position: { x: i, y: 0 } }));
    const before: DocumentBody = { schemaVersion: 1, name: 'P', nodes, edges: [] };
    const moved = [...nodes];
    moved[1234] = { ...nodes[1234]!, position: { x: 5, y: 5 } };
    expect(changesBetween('pathway', before, { ...before, nodes: moved })).toEqual({ fields: {}, items: { nodes: { put: [moved[1234]], remove: [] } } });
    expect(changesBetween('pathway', before, { ...before })).toEqual({ fields: {}, items: {} });
  });

  it('cannot say a member removed, cleared or added, or items without their own key, and says so', () => {
    const before: DocumentBody = { schemaVersion: 1, name: 'P', description: 'd', nodes: [{ id: 'a' }], edges: [] };
    const { description: _d, ...withoutDescription } = before;
    expect(changesBetween('pathway', before, withoutDescription)).toBeUndefined();
    // JSON would drop an undefined member, and the saved one would stay.
    expect(changesBetween('pathway', before, { ...before, description: undefined })).toBeUndefined();
    // Added, it would land after the lists; the whole body has it where the editor put it.
    expect(changesBetween('pathway', withoutDescription, before)).toBeUndefined();
    // A member named like an inherited one is a member like any other.
    expect(changesBetween('pathway', { ...before, constructor: 'x' }, before)).toBeUndefined();
    expect(changesBetween('pathway', before, { ...before, nodes: [{ id: 'a' }, { id: 'a' }] })).toBeUndefined();
    expect(changesBetween('pathway', before, { ...before, nodes: [{ title: 'no id' }] })).toBeUndefined();
  });

  it('that do not fit the body are refused with what is wrong', () => {
    const base: DocumentBody = { schemaVersion: 1, elements: [{ id: 'a' }, { id: 'b' }] };
    const refused = (changes: Parameters<typeof applyChanges>[2]) => {
      try {
        applyChanges('template', base, changes);
      } catch (error) {
        return (error as { code: string; message: string }).code + ': ' + (error as Error).message;
      }
      return 'applied';
    };
    expect(refused({ items: { elements: { put: [], remove: [], order: ['a'] } } })).toMatch(/^invalid-argument: .*order of “elements” must name each of its 2 items once/);
    expect(refused({ items: { elements: { put: [], remove: [], order: ['a', 'a'] } } })).toMatch(/must name each/);
    expect(refused({ items: { nodes: { put: [], remove: [] } } })).toMatch(/a template has no list of items named “nodes”/);
    expect(refused({ items: { elements: { put: [{ name: 'no id' }], remove: [] } } })).toMatch(/needs its own id/);
    expect(refused({ items: { elements: { put: [{ id: 'a' }], remove: ['a'] } } })).toMatch(/both put and removed/);
    expect(refused({ fields: { elements: [] } })).toMatch(/send its changes under “items”/);
    expect(refused({ fields: JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown> })).toMatch(/no member “__proto__”/);
    expect(base).toEqual({ schemaVersion: 1, elements: [{ id: 'a' }, { id: 'b' }] });
  });
});
