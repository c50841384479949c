import crypto from 'node:crypto';
import { LaurelError } from '../../shared/api/result';
import { ITEM_LISTS } from '../../shared/bodyChanges';
import type { DocumentBody, DocumentKind } from '../../shared/documents';

/**
 * How a body is stored: its long arrays (ITEM_LISTS: a pathway's nodes and edges, a template's elements) cut into
 * blocks kept once by SHA-256 in `body_blocks`, the rest as a short "head". Autosave after a drag changes
 * one node of 2,000, so it writes one block of about 20 KB instead of 750 KB, and a thousand revisions of
 * a large pathway share almost all their blocks (migration 4).
 */

// A block ends after an item whose id hashes to 0 modulo AVERAGE_ITEMS (content-defined cutting): adding
// or removing an item changes its own block only, where cutting every n items would shift every block
// after it. MAX_ITEMS bounds a block when ids are missing or unlucky. Arrays no longer than one block stay
// in the head.
const AVERAGE_ITEMS = 32;
const MAX_ITEMS = 128;

export interface Block {
  hash: string;
  text: string;
}

/** A block the workspace holds, with its items parsed from its text once they are (KnownBlocks.parseTexts). */
interface HeldBlock extends Block {
  /** A private copy of the block's items: nothing outside KnownBlocks sees it, so nothing can change it. */
  items?: unknown[];
}

/** The hashes of each array's blocks, in order. */
export type BlockLists = Record<string, string[]>;

/** A body as one revision row stores it. */
export interface EncodedBody {
  /** The body's JSON; each blocked array is `[]` here, in its place. */
  head: string;
  /** `{"<array>": [hash, …]}` for the arrays in blocks, or null when the body is stored whole. */
  blocks: string | null;
  /** The same, as an object. */
  lists: BlockLists | null;
  /** Every block the body uses, in order; `known` marks those the workspace already holds. */
  used: (HeldBlock & { known: boolean })[];
}

/** FNV-1a of a string: cheap, and the same on every machine, so the cut points are too. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function endsBlock(item: unknown, length: number): boolean {
  if (length >= MAX_ITEMS) return true;
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? fnv1a(id) % AVERAGE_ITEMS === 0 : length >= AVERAGE_ITEMS;
}

/** Consecutive runs of `items`, cut where endsBlock says. */
export function cutBlocks(items: readonly unknown[]): unknown[][] {
  const blocks: unknown[][] = [];
  let current: unknown[] = [];
  for (const item of items) {
    current.push(item);
    if (endsBlock(item, current.length)) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * Whether `JSON.stringify(value)` gives the text `parsed` was parsed from, found without stringifying:
 * the same own keys in the same order with the same values. It answers false when unsure (NaN, an
 * `undefined` member, an object that is not a plain one, as a Date is), and the caller then stringifies.
 * Comparing a 2,000-node pathway this way takes 1 to 2 ms; stringifying it, 3 to 4.
 */
export function stringifiesAs(value: unknown, parsed: unknown): boolean {
  if (value === parsed) return true;
  if (typeof value !== 'object' || typeof parsed !== 'object' || value === null || parsed === null) return false;
  if (Array.isArray(parsed)) {
    if (!Array.isArray(value) || value.length !== parsed.length) return false;
    for (let i = 0; i < parsed.length; i++) if (!stringifiesAs(value[i], parsed[i])) return false;
    return true;
  }
  // A plain object's for-in walks its own keys in JSON.stringify's order; an inherited enumerable key
  // makes the walk differ from `keys`, so the answer is false then too.
  if (Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(parsed);
  let i = 0;
  for (const key in value) {
    if (key !== keys[i++] || !stringifiesAs((value as Record<string, unknown>)[key], (parsed as Record<string, unknown>)[key])) return false;
  }
  return i === keys.length;
}

const firstId = (items: readonly unknown[]): unknown => (typeof items[0] === 'object' && items[0] !== null ? (items[0] as { id?: unknown }).id : undefined);

/**
 * The blocks of a design's last saved or read revision, which the workspace holds: a save that meets one
 * again neither hashes nor writes it.
 *
 * A save finds them first by comparing items with the held blocks' parsed items (by position, then by
 * first id, as an item added or removed shifts the blocks after it), and stringifies only the blocks that
 * differ: stringifying every block was half of a 2,000-node save. Parsing a held block's text costs about
 * as much as stringifying it, so it happens off the save's path (`parseTexts`, after the save), and only
 * for blocks not parsed before: after a drag, one. Blocks not yet parsed are found by text, by position
 * then among blocks of the same length (comparing strings is a memcmp, where a Map keyed by text hashes
 * every new text).
 */
export class KnownBlocks {
  private readonly byLength = new Map<number, HeldBlock[]>();
  private readonly byFirstId = new Map<unknown, HeldBlock>();

  constructor(private readonly inOrder: readonly HeldBlock[] = []) {
    for (const block of inOrder) {
      const same = this.byLength.get(block.text.length);
      if (same) same.push(block);
      else this.byLength.set(block.text.length, [block]);
      if (block.items) this.byFirstId.set(firstId(block.items), block);
    }
  }

  /** A held block whose items stringify exactly as `items` do, the `index`-th block of the body; undefined if none is known to. */
  withItems(items: readonly unknown[], index: number): HeldBlock | undefined {
    const there = this.inOrder[index];
    if (there?.items && stringifiesAs(items, there.items)) return there;
    const shifted = this.byFirstId.get(firstId(items));
    return shifted && shifted !== there && stringifiesAs(items, shifted.items) ? shifted : undefined;
  }

  /** The hash of a held block with this text, the `index`-th block of the body; undefined if none is held. */
  hashOf(text: string, index: number): string | undefined {
    const there = this.inOrder[index];
    if (there !== undefined && there.text === text) return there.hash;
    return this.byLength.get(text.length)?.find((b) => b.text === text)?.hash;
  }

  /** Whether these are the blocks held, in the same order. */
  are(blocks: readonly Block[]): boolean {
    return blocks.length === this.inOrder.length && blocks.every((block, i) => block.hash === this.inOrder[i]!.hash);
  }

  /** Parses the texts of blocks not parsed yet, so that the next save can compare items instead of texts. */
  parseTexts(): void {
    for (const block of this.inOrder) this.parsed(block);
  }

  private parsed(block: HeldBlock): unknown[] {
    if (!block.items) {
      block.items = JSON.parse(block.text) as unknown[];
      this.byFirstId.set(firstId(block.items), block);
    }
    return block.items;
  }

  /**
   * The items of `count` blocks from the `from`-th, in order: the workspace's private copies, which the
   * caller must not change (a new body may hold them; encodeBody then knows them by identity).
   */
  items(from: number, count: number): unknown[] {
    const items: unknown[] = [];
    for (const block of this.inOrder.slice(from, from + count)) for (const item of this.parsed(block)) items.push(item);
    return items;
  }
}

/** Encodes a body for storage; blocks `known` holds are neither hashed nor written again. */
export function encodeBody(kind: DocumentKind, body: DocumentBody, known: KnownBlocks): EncodedBody {
  const names = (ITEM_LISTS[kind] ?? []).filter((name) => Array.isArray(body[name]) && (body[name] as unknown[]).length > AVERAGE_ITEMS);
  if (names.length === 0) return { head: JSON.stringify(body), blocks: null, lists: null, used: [] };
  const head: Record<string, unknown> = { ...body };
  const hashes: Record<string, string[]> = {};
  const used: EncodedBody['used'] = [];
  for (const name of names) {
    head[name] = [];
    hashes[name] = cutBlocks(body[name] as unknown[]).map((items) => {
      const held = known.withItems(items, used.length);
      if (held) {
        used.push({ ...held, known: true });
        return held.hash;
      }
      const text = JSON.stringify(items);
      const knownHash = known.hashOf(text, used.length);
      used.push({ hash: knownHash ?? sha256(text), text, known: knownHash !== undefined });
      return used.at(-1)!.hash;
    });
  }
  return { head: JSON.stringify(head), blocks: JSON.stringify(hashes), lists: hashes, used };
}

/** The body a revision row stores, put back together; `textOf` reads a block, `seen` collects what was read. */
export function decodeBody(head: string, blocks: string | null, textOf: (hash: string) => string | undefined, seen?: Block[]): DocumentBody {
  const body = JSON.parse(head) as DocumentBody;
  if (blocks === null) return body;
  for (const [name, hashes] of Object.entries(JSON.parse(blocks) as Record<string, string[]>)) {
    const items: unknown[] = [];
    for (const hash of hashes) {
      const text = textOf(hash);
      // Only a damaged file gets here: blocks are written in the revision's own transaction and never deleted.
      if (text === undefined) {
        throw new LaurelError('workspace-unavailable', `The workspace is damaged: block ${hash.slice(0, 12)}… of this design’s “${name}” is missing. Open a backup of it, or restore an earlier revision of this design.`);
      }
      seen?.push({ hash, text });
      for (const item of JSON.parse(text) as unknown[]) items.push(item);
    }
    body[name] = items;
  }
  return body;
}
