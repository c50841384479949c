import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutBlocks, decodeBody, encodeBody, KnownBlocks, stringifiesAs, type Block } from './bodyBlocks';

const items = (n: number, prefix = 'node') => Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, title: `Item ${i}`, position: { x: i, y: -i } }));
type Item = ReturnType<typeof items>[number];
const pathway = (nodes: Item[], edges: Item[] = []) => ({ schemaVersion: 1, format: 'laurel.pathway/1', name: 'P', nodes, edges, extra: { kept: true } });

/** Stores blocks in a Map, as body_blocks does, and reads them back. */
function roundTrip(kind: 'pathway' | 'template' | 'issuer', body: Record<string, unknown> & { schemaVersion: number }, known = new KnownBlocks()) {
  const store = new Map<string, string>();
  const encoded = encodeBody(kind, body, known);
  for (const block of encoded.used) store.set(block.hash, block.text);
  return { encoded, decoded: decodeBody(encoded.head, encoded.blocks, (hash) => store.get(hash)) };
}

describe('body blocks', () => {
  it('cuts an array into runs that keep every item in order, none longer than 128', () => {
    const list = items(5000);
    const blocks = cutBlocks(list);
    expect(blocks.flat()).toEqual(list);
    expect(Math.max(...blocks.map((b) => b.length))).toBeLessThanOrEqual(128);
    // About 32 items a block on average.
    expect(blocks.length).toBeGreaterThan(5000 / 80);
    expect(blocks.length).toBeLessThan(5000 / 12);
  });

  it('cuts by content: an item added in the middle changes one block, not every block after it', () => {
    const list = items(2000);
    const before = cutBlocks(list).map((b) => JSON.stringify(b));
    const added = [...list.slice(0, 1000), { id: 'new-one', title: 'New', position: { x: 0, y: 0 } }, ...list.slice(1000)];
    const after = cutBlocks(added).map((b) => JSON.stringify(b));
    const kept = new Set(before);
    expect(after.filter((text) => !kept.has(text)).length).toBeLessThanOrEqual(2);
  });

  it('puts a pathway back exactly as it was, key order included; small arrays and other kinds stay whole', () => {
    const body = pathway(items(300), items(450, 'edge'));
    const { encoded, decoded } = roundTrip('pathway', body);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(body));
    expect(Object.keys(JSON.parse(encoded.blocks!) as object)).toEqual(['nodes', 'edges']);
    expect(JSON.parse(encoded.head)).toMatchObject({ nodes: [], edges: [], extra: { kept: true } });

    const small = pathway(items(10));
    expect(roundTrip('pathway', small).encoded).toMatchObject({ head: JSON.stringify(small), blocks: null, used: [] });
    const issuer = { schemaVersion: 1, nodes: items(300) };
    expect(roundTrip('issuer', issuer).encoded.blocks).toBeNull();
  });

  it('hashes and marks as new only the blocks it does not already hold', () => {
    const body = pathway(items(2000));
    const first = roundTrip('pathway', body).encoded;
    expect(first.used.every((b) => !b.known)).toBe(true);
    const held = new KnownBlocks(first.used.map(({ hash, text }): Block => ({ hash, text })));
    const moved = structuredClone(body);
    moved.nodes[777]!.position = { x: 1, y: 2 };
    const second = roundTrip('pathway', moved, held).encoded;
    expect(second.used.filter((b) => !b.known)).toHaveLength(1);
    // A held block found in another place (the blocks shifted) is known too, with its own hash.
    const shifted = pathway([{ id: 'first', title: 'F', position: { x: 0, y: 0 } }, ...body.nodes]);
    const third = roundTrip('pathway', shifted, held).encoded;
    expect(third.used.filter((b) => !b.known).length).toBeLessThanOrEqual(2);
    for (const block of third.used.filter((b) => b.known)) expect(first.used.some((b) => b.hash === block.hash && b.text === block.text)).toBe(true);
  });

  it('once it has parsed its blocks, finds them by their items, and still writes exactly what it was given', () => {
    const body = pathway(items(2000));
    const held = new KnownBlocks(roundTrip('pathway', body).encoded.used.map(({ hash, text }): Block => ({ hash, text })));
    held.parseTexts();
    const edited = structuredClone(body);
    edited.nodes[777]!.position = { x: 1, y: 2 };
    edited.nodes[1500]!.title = 'Renamed';
    const { encoded, decoded } = roundTrip('pathway', edited, held);
    expect(encoded.used.filter((b) => !b.known)).toHaveLength(2);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(edited));
    // Shifted by an item added at the front: found by first id, with the hashes the texts would give.
    const shifted = pathway([{ id: 'first', title: 'F', position: { x: 0, y: 0 } }, ...body.nodes]);
    const byText = new KnownBlocks(roundTrip('pathway', body).encoded.used.map(({ hash, text }): Block => ({ hash, text })));
    const viaItems = roundTrip('pathway', shifted, held);
    expect(viaItems.encoded.used.map((b) => [b.hash, b.known])).toEqual(roundTrip('pathway', shifted, byText).encoded.used.map((b) => [b.hash, b.known]));
    expect(JSON.stringify(viaItems.decoded)).toBe(JSON.stringify(shifted));
  });

  it('says a value stringifies as parsed JSON only when it does', () => {
    // Sound: whenever it says yes, the texts are equal. Useful: a JSON value and its own round trip say yes.
    const tweak = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant(Number.NaN), fc.date(), fc.constant(new Map()));
    const valueWithTweaks = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, tweak, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 3 }), tie('value'), { maxKeys: 4 })),
    })).value;
    fc.assert(
      fc.property(valueWithTweaks, fc.jsonValue(), (value, other) => {
        const text = JSON.stringify(value);
        if (text === undefined) return;
        const parsed: unknown = JSON.parse(text);
        if (stringifiesAs(value, parsed)) expect(JSON.stringify(parsed)).toBe(text);
        if (stringifiesAs(value, other)) expect(JSON.stringify(other)).toBe(text);
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.jsonValue(), (value) => stringifiesAs(value, JSON.parse(JSON.stringify(value)))), { numRuns: 2000 });
    // What it must refuse, though each has the same keys and values as the parsed text.
    const iso = new Date(0);
    expect(stringifiesAs(iso, {})).toBe(false);
    expect(stringifiesAs({ a: undefined }, {})).toBe(false);
    expect(stringifiesAs([Number.NaN], [null])).toBe(false);
    expect(stringifiesAs(Object.create({ inherited: 1 }) as object, {})).toBe(false);
    expect(stringifiesAs({ b: 1, a: 2 }, { a: 2, b: 1 })).toBe(false);
    expect(stringifiesAs({ a: 1 }, [1])).toBe(false);
  });

  it('says the workspace is damaged when a block is missing, rather than returning part of a design', () => {
    const { encoded } = roundTrip('pathway', pathway(items(300)));
    expect(() => decodeBody(encoded.head, encoded.blocks, () => undefined)).toThrow(/damaged: block [0-9a-f]{12}… of this design’s “nodes” is missing/);
  });
});
