import { LaurelError } from './api/result';
import type { DocumentBody, DocumentKind } from './documents';

/**
 * What changed in a design's body since a revision the workspace saved: what autosave sends instead of
 * the whole body. A drag in a 2,000-node pathway changes one node of a 750 kB body; sent whole, every
 * autosave copied, parsed, compared and validated all of it (Workspace.saveChanges applies these).
 */
export interface BodyChanges {
  /** Top-level members that changed, each replaced whole (the item lists excepted). */
  fields?: Record<string, unknown>;
  /** Per item list (ITEM_LISTS), its items by key (`itemKey`). */
  items?: Record<string, ItemChanges>;
}

export interface ItemChanges {
  /** Items new or changed: a changed item keeps its place, new ones go at the end, in this order. */
  put: Record<string, unknown>[];
  /** Keys of the items removed. */
  remove: string[];
  /** Every key, in order, when the order is not the one `put` and `remove` give. */
  order?: string[];
}

/** The long lists of items in a body, by kind: a pathway's nodes and edges, a template's elements. */
export const ITEM_LISTS: Partial<Record<DocumentKind, readonly string[]>> = { pathway: ['nodes', 'edges'], template: ['elements'] };

/** An item's key within its list: its id, or for a pathway's edge (which has none) `from->to`. */
export function itemKey(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { id, from, to } = item as { id?: unknown; from?: unknown; to?: unknown };
  if (typeof id === 'string') return id;
  return typeof from === 'string' && typeof to === 'string' ? `${from}->${to}` : undefined;
}

/** The items of a list by key; undefined if an item has no key or two share one. */
function byKey(items: readonly unknown[]): Map<string, unknown> | undefined {
  const map = new Map<string, unknown>();
  for (const item of items) {
    const key = itemKey(item);
    if (key === undefined || map.has(key)) return undefined;
    map.set(key, item);
  }
  return map;
}

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key, i) => key === b[i]);

/**
 * The changes that turn `before` into `after`, found by identity: an editor's store replaces what it
 * changes and keeps the rest, so an item or member that is the same object is unchanged. Undefined
 * when changes cannot say it, and the caller then saves the whole body:
 * - a member removed, or set to `undefined` (JSON, which carries the changes, drops it);
 * - a member added (it would land after the others, where the whole body has it in its own place);
 * - an item without a key, or two items with one key.
 */
export function changesBetween(kind: DocumentKind, before: DocumentBody, after: DocumentBody): BodyChanges | undefined {
  const lists = ITEM_LISTS[kind] ?? [];
  const changes: Required<BodyChanges> = { fields: {}, items: {} };
  const keys = Object.keys(after);
  if (!sameKeys(Object.keys(before), keys)) return undefined;
  for (const key of keys) {
    const value = after[key];
    if (value === undefined) return undefined;
    if (value === before[key]) continue;
    if (!lists.includes(key)) {
      changes.fields[key] = value;
      continue;
    }
    const was = before[key];
    if (!Array.isArray(value) || !Array.isArray(was)) return undefined;
    const old = byKey(was);
    const now = byKey(value);
    if (!old || !now) return undefined;
    const put = value.filter((item) => old.get(itemKey(item)!) !== item) as Record<string, unknown>[];
    const remove = [...old.keys()].filter((k) => !now.has(k));
    const kept = [...old.keys()].filter((k) => now.has(k));
    const added = [...now.keys()].filter((k) => !old.has(k));
    const order = [...now.keys()];
    changes.items[key] = sameKeys([...kept, ...added], order) ? { put, remove } : { put, remove, order };
  }
  return changes;
}

const invalid = (message: string) => new LaurelError('invalid-argument', `saveDesignChanges: ${message}`);

/** `base` with `changes` made; `base` itself is not changed. Throws for changes that do not fit it. */
export function applyChanges(kind: DocumentKind, base: DocumentBody, changes: BodyChanges): DocumentBody {
  const lists = ITEM_LISTS[kind] ?? [];
  const body: DocumentBody = { ...base };
  for (const [key, value] of Object.entries(changes.fields ?? {})) {
    if (lists.includes(key)) throw invalid(`“${key}” is a list of items: send its changes under “items”.`);
    if (key === '__proto__') throw invalid('a body has no member “__proto__”.');
    body[key] = value;
  }
  for (const [key, change] of Object.entries(changes.items ?? {})) {
    const items = base[key];
    if (!lists.includes(key) || !Array.isArray(items)) throw invalid(`a ${kind} has no list of items named “${key}”.`);
    const old = byKey(items);
    if (!old) throw invalid(`the saved “${key}” has items without a key or with the same key: save the whole design.`);
    const put = new Map<string, Record<string, unknown>>();
    for (const item of change.put) {
      const k = itemKey(item);
      if (k === undefined || put.has(k)) throw invalid(`every item put in “${key}” needs its own id.`);
      put.set(k, item);
    }
    const removed = new Set(change.remove);
    if ([...put.keys()].some((k) => removed.has(k))) throw invalid(`an item of “${key}” is both put and removed.`);
    const next: unknown[] = [];
    for (const [k, item] of old) if (!removed.has(k)) next.push(put.get(k) ?? item);
    for (const [k, item] of put) if (!old.has(k)) next.push(item);
    body[key] = change.order ? inOrder(key, next, change.order) : next;
  }
  return body;
}

/** `items` in the order of `keys`, which must name each of them once. */
function inOrder(list: string, items: readonly unknown[], keys: readonly string[]): unknown[] {
  const map = byKey(items)!;
  const ordered = keys.map((k) => map.get(k));
  if (keys.length !== items.length || new Set(keys).size !== keys.length || ordered.includes(undefined)) {
    throw invalid(`the order of “${list}” must name each of its ${items.length} items once.`);
  }
  return ordered;
}
