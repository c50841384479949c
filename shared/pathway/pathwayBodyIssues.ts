import { issuePath, type SchemaIssue } from '../schemaIssue';
import { ACHIEVEMENT_TYPES, ALIGNMENT_TARGET_TYPES, NODE_KINDS, PATHWAY_FORMAT } from './model';

/**
 * What `PathwayBodySchema` (zod, the schema of record in `schema.ts` and `validateBody.ts`) finds wrong
 * with a stored pathway body, found by hand: the same checks (types, required fields, enums, lengths,
 * limits, unknown keys of strict objects), the same issues in the same order, with zod's English
 * messages. Zod spends ~20 ms on a 2,000-node pathway because it builds a parsed copy of every node;
 * this walk reads the body once and allocates only for problems, so autosave of a big pathway stays
 * well inside its budget. `pathwayBodyIssues.test.ts` checks, on random valid and broken bodies, that
 * both report the same list; a change to the schema that is not made here too fails that test.
 *
 * Zod's rules this follows, which are easy to get wrong: a shape key is read through the prototype chain
 * and an optional key that is `undefined` counts as absent; a string's length is counted in code points;
 * a length limit is also applied to a value of the wrong type that has a `length` (an array or a function
 * where a string belongs, a string where an array belongs); a number must be finite, and a number that is
 * not an integer where one belongs stops that field's checks; an array over its limit is reported once,
 * without looking at its items; a strict object lists its unknown keys (own and inherited enumerable
 * ones) after its fields' issues.
 */
export function pathwayBodyIssues(body: unknown, only?: ReadonlySet<unknown>): SchemaIssue[] {
  const walk: Walk = { issues: [], path: [], only };
  pathwayBody(walk, body);
  return walk.issues;
}

type Key = string | number;
type Fields = { readonly [key: string]: unknown };

/** The issues found so far, and where the walk is (the path of the value being checked). */
interface Walk {
  issues: SchemaIssue[];
  path: Key[];
  /** When set, the only nodes and edges to check (validateBody's `onlyItems`); the lists' lengths are checked whole. */
  only?: ReadonlySet<unknown>;
}

/** Records an issue at the current path, or at its field `key`. */
function report(walk: Walk, key: Key | undefined, message: string): void {
  walk.issues.push({ path: issuePath(key === undefined ? walk.path : [...walk.path, key]), message });
}

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

// ---- zod's messages (en locale) ------------------------------------------------------------------

/** How zod names the type of a value it did not expect (`parsedType` and `getTypeName`). */
function receivedType(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  if (typeof value !== 'object') return typeof value;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Object.getPrototypeOf(value) !== Object.prototype && 'constructor' in value && value.constructor) {
    return String((value.constructor as { name?: unknown }).name);
  }
  return 'object';
}

const expected = (type: string, value: unknown) => `Invalid input: expected ${type}, received ${receivedType(value)}`;
const oneOf = (values: readonly unknown[]) =>
  values.length === 1 ? `Invalid input: expected ${quoted(values[0])}` : `Invalid option: expected one of ${values.map(quoted).join('|')}`;
const quoted = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

type Origin = 'string' | 'array' | 'number' | 'int' | 'unknown';
const UNITS: Partial<Record<Origin, string>> = { string: 'characters', array: 'items' };
const tooBig = (origin: Origin, max: number) =>
  UNITS[origin] ? `Too big: expected ${origin} to have <=${max} ${UNITS[origin]}` : `Too big: expected ${origin} to be <=${max}`;
const tooSmall = (origin: Origin, min: number) =>
  UNITS[origin] ? `Too small: expected ${origin} to have >=${min} ${UNITS[origin]}` : `Too small: expected ${origin} to be >=${min}`;

// ---- leaf checks: each reports at the field `key` of the current path ------------------------------

/** Code points in `text`: a surrogate pair counts once, a lone surrogate as itself (as zod counts). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * Zod's `.min(min)` then `.max(max)` length checks. They run on anything that has a `length`, even after
 * the value was reported as the wrong type (an array or a function where a string belongs, a string where
 * an array belongs). A string is measured in code points.
 */
function lengthLimits(walk: Walk, value: unknown, key: Key, max: number, min?: number): void {
  if (value === null || value === undefined) return;
  const units = (value as { length?: unknown }).length as number | undefined;
  if (units === undefined) return;
  const isString = typeof value === 'string';
  const origin: Origin = isString ? 'string' : Array.isArray(value) ? 'array' : 'unknown';
  if (min !== undefined && !((isString && units >= min && units < min * 2 ? codePoints(value) : units) >= min)) {
    report(walk, key, tooSmall(origin, min));
  }
  if (!((isString && units > max ? codePoints(value) : units) <= max)) report(walk, key, tooBig(origin, max));
}

/** `z.string().max(max)`, with `.min(min)` first when `min` is given. */
function text(walk: Walk, value: unknown, key: Key, max: number, min?: number): void {
  if (typeof value !== 'string') report(walk, key, expected('string', value));
  lengthLimits(walk, value, key, max, min);
}

function optionalText(walk: Walk, value: unknown, key: Key, max: number, min?: number): void {
  if (value !== undefined) text(walk, value, key, max, min);
}

/** `z.string().max(max)` as an array item: checks the value at the current path. */
const textItem = (max: number) => (walk: Walk, value: unknown) => {
  const index = walk.path.pop()!;
  text(walk, value, index, max);
  walk.path.push(index);
};

const ID_MAX = 200;
const id = (walk: Walk, value: unknown, key: Key) => text(walk, value, key, ID_MAX, 1);

/** `z.number().min(min).max(max)`, with `.int()` first when `integer`. Numbers are finite in zod 4. */
function number(walk: Walk, value: unknown, key: Key, min: number, max: number, integer = false): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    report(walk, key, expected('number', value));
    return;
  }
  if (integer) {
    if (!Number.isInteger(value)) {
      report(walk, key, expected('int', value));
      return;
    }
    if (!Number.isSafeInteger(value)) {
      report(walk, key, value > 0 ? tooBig('int', Number.MAX_SAFE_INTEGER) : tooSmall('int', Number.MIN_SAFE_INTEGER));
    }
  }
  if (value < min) report(walk, key, tooSmall('number', min));
  if (value > max) report(walk, key, tooBig('number', max));
}

function optionalNumber(walk: Walk, value: unknown, key: Key, min: number, max: number): void {
  if (value !== undefined) number(walk, value, key, min, max);
}

/** `z.enum(values)` or `z.literal(value)`. */
function oneOfValues(walk: Walk, value: unknown, key: Key, values: readonly unknown[], message: string): void {
  if (!values.includes(value)) report(walk, key, message);
}

// ---- containers: each checks the value at the current path -----------------------------------------

/** Reports the value at the current path if it is not an object (zod's `isObject`). */
function objectAt(walk: Walk, value: unknown): value is Fields {
  if (isObject(value)) return true;
  report(walk, undefined, expected('object', value));
  return false;
}

/** A strict object's unknown keys: own and inherited enumerable ones, as `for...in` finds them. */
function unknownKeys(walk: Walk, fields: Fields, known: ReadonlySet<string>): void {
  let unknown: string[] | undefined;
  for (const key in fields) if (!known.has(key)) (unknown ??= []).push(key);
  if (unknown) report(walk, undefined, `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map(quoted).join(', ')}`);
}

/** `z.array(item).max(max)` at the field `key`; with `only`, of its items just those. */
function list(walk: Walk, value: unknown, key: Key, max: number, item: (walk: Walk, value: unknown) => void, only?: ReadonlySet<unknown>): void {
  if (!Array.isArray(value)) {
    report(walk, key, expected('array', value));
    lengthLimits(walk, value, key, max);
    return;
  }
  if (value.length > max) {
    report(walk, key, tooBig('array', max));
    return;
  }
  walk.path.push(key);
  for (let i = 0; i < value.length; i++) {
    if (only && !only.has(value[i])) continue;
    walk.path.push(i);
    item(walk, value[i]);
    walk.path.pop();
  }
  walk.path.pop();
}

/** Checks `value` at the field `key` with `check`, if it is present. */
function optionalField(walk: Walk, value: unknown, key: Key, check: (walk: Walk, value: unknown) => void): void {
  if (value === undefined) return;
  walk.path.push(key);
  check(walk, value);
  walk.path.pop();
}

// ---- the pathway format (model.ts) -----------------------------------------------------------------

const KIND_MESSAGE = oneOf(NODE_KINDS);
const ACHIEVEMENT_TYPE_MESSAGE = oneOf(ACHIEVEMENT_TYPES);
const TARGET_TYPE_MESSAGE = oneOf(ALIGNMENT_TARGET_TYPES);
const FORMAT_MESSAGE = oneOf([PATHWAY_FORMAT]);
const SCHEMA_VERSION_MESSAGE = oneOf([1]);
const RULE_TYPE_MESSAGE = "Invalid discriminator value. Expected 'all' | 'atLeast' | 'points'";

const ALL_RULE_KEYS: ReadonlySet<string> = new Set(['type']);
const AT_LEAST_RULE_KEYS: ReadonlySet<string> = new Set(['type', 'count']);
const POINTS_RULE_KEYS: ReadonlySet<string> = new Set(['type', 'min']);
const POSITION_KEYS: ReadonlySet<string> = new Set(['x', 'y']);
const ALIGNMENT_KEYS: ReadonlySet<string> = new Set(['framework', 'code', 'name', 'url', 'description', 'targetType']);

/** `RuleSchema`: a union told apart by `type`, each option a strict object. */
function rule(walk: Walk, value: unknown): void {
  if (!objectAt(walk, value)) return;
  switch (value.type) {
    case 'all':
      unknownKeys(walk, value, ALL_RULE_KEYS);
      return;
    case 'atLeast':
      number(walk, value.count, 'count', 1, 10_000, true);
      unknownKeys(walk, value, AT_LEAST_RULE_KEYS);
      return;
    case 'points':
      number(walk, value.min, 'min', 0, 1_000_000);
      unknownKeys(walk, value, POINTS_RULE_KEYS);
      return;
    default:
      report(walk, 'type', RULE_TYPE_MESSAGE);
  }
}

/** `PositionSchema` (strict). */
function position(walk: Walk, value: unknown): void {
  if (!objectAt(walk, value)) return;
  number(walk, value.x, 'x', -Infinity, Infinity);
  number(walk, value.y, 'y', -Infinity, Infinity);
  unknownKeys(walk, value, POSITION_KEYS);
}

/** `AlignmentSchema` (strict). */
function alignment(walk: Walk, value: unknown): void {
  if (!objectAt(walk, value)) return;
  text(walk, value.framework, 'framework', 200);
  optionalText(walk, value.code, 'code', 200);
  text(walk, value.name, 'name', 500);
  optionalText(walk, value.url, 'url', 2000);
  optionalText(walk, value.description, 'description', 4000);
  if (value.targetType !== undefined) oneOfValues(walk, value.targetType, 'targetType', ALIGNMENT_TARGET_TYPES, TARGET_TYPE_MESSAGE);
  unknownKeys(walk, value, ALIGNMENT_KEYS);
}

/** `CredentialSchema` (unknown keys kept). */
function credential(walk: Walk, value: unknown): void {
  if (!objectAt(walk, value)) return;
  optionalText(walk, value.name, 'name', 300);
  optionalText(walk, value.description, 'description', 10_000);
  optionalText(walk, value.criteria, 'criteria', 10_000);
  if (value.achievementType !== undefined) oneOfValues(walk, value.achievementType, 'achievementType', ACHIEVEMENT_TYPES, ACHIEVEMENT_TYPE_MESSAGE);
  optionalText(walk, value.templateId, 'templateId', ID_MAX, 1);
  if (value.tags !== undefined) list(walk, value.tags, 'tags', 50, textItem(100));
  optionalNumber(walk, value.creditsAvailable, 'creditsAvailable', 0, 100_000);
  optionalText(walk, value.fieldOfStudy, 'fieldOfStudy', 300);
  if (value.validForMonths !== undefined) number(walk, value.validForMonths, 'validForMonths', 1, 1200, true);
  optionalText(walk, value.evidenceRequirements, 'evidenceRequirements', 10_000);
  optionalText(walk, value.language, 'language', 100);
}

/** `PathwayNodeSchema` (unknown keys kept). */
function node(walk: Walk, value: unknown): void {
  if (!objectAt(walk, value)) return;
  id(walk, value.id, 'id');
  oneOfValues(walk, value.kind, 'kind', NODE_KINDS, KIND_MESSAGE);
  text(walk, value.title, 'title', 300);
  optionalText(walk, value.description, 'description', 10_000);
  optionalField(walk, value.rule, 'rule', rule);
  optionalField(walk, value.position, 'position', position);
  optionalNumber(walk, value.durationMinutes, 'durationMinutes', 0, 100_000);
  optionalText(walk, value.format, 'format', 100);
  optionalText(walk, value.method, 'method', 200);
  optionalText(walk, value.evidenceType, 'evidenceType', 200);
  if (value.alignments !== undefined) list(walk, value.alignments, 'alignments', 100, alignment);
  optionalField(walk, value.credential, 'credential', credential);
}

/** `PathwayEdgeSchema` (unknown keys kept). */
function edge(walk: Walk, value: unknown): void {
  if (!objectAt(walk, value)) return;
  id(walk, value.from, 'from');
  id(walk, value.to, 'to');
  if (value.required !== undefined && typeof value.required !== 'boolean') report(walk, 'required', expected('boolean', value.required));
  optionalNumber(walk, value.points, 'points', 0, 1_000_000);
}

/** `PathwayBodySchema`: `PathwaySchema` with `schemaVersion: 1` (unknown keys kept). */
function pathwayBody(walk: Walk, value: unknown): void {
  if (!objectAt(walk, value)) return;
  oneOfValues(walk, value.format, 'format', [PATHWAY_FORMAT], FORMAT_MESSAGE);
  id(walk, value.id, 'id');
  text(walk, value.name, 'name', 300);
  optionalText(walk, value.description, 'description', 10_000);
  list(walk, value.nodes, 'nodes', 50_000, node, walk.only);
  list(walk, value.edges, 'edges', 200_000, edge, walk.only);
  oneOfValues(walk, value.schemaVersion, 'schemaVersion', [1], SCHEMA_VERSION_MESSAGE);
}
