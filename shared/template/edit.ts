import { boundsOf, roundPt, unionOf, type Box } from './geometry';
import type { ElementType, TemplateBody, TemplateElement } from './model';

/**
 * The template editor's edits as pure functions: each takes a template and returns a new one (or the same
 * object when nothing changes), sharing untouched elements so a view can tell what changed by identity.
 * Elements are listed back to front.
 */

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type ValueOf<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
/** Any element property but `id` and `type`; a key set to undefined is removed. */
export type ElementPatch = { [K in Exclude<KeysOfUnion<TemplateElement>, 'id' | 'type'>]?: ValueOf<TemplateElement, K> | undefined };

const indexes = new WeakMap<readonly TemplateElement[], ReadonlyMap<string, TemplateElement>>();

/** Elements by id, computed once per elements array (views look elements up on every store change). */
export function elementIndex(template: TemplateBody): ReadonlyMap<string, TemplateElement> {
  let index = indexes.get(template.elements);
  if (!index) {
    index = new Map(template.elements.map((e) => [e.id, e]));
    indexes.set(template.elements, index);
  }
  return index;
}

export function addElements(template: TemplateBody, elements: readonly TemplateElement[]): TemplateBody {
  return elements.length ? { ...template, elements: [...template.elements, ...elements] } : template;
}

function patched(element: TemplateElement, patch: ElementPatch): TemplateElement {
  let changed = false;
  const next: Record<string, unknown> = { ...element };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      if (key in next) {
        delete next[key];
        changed = true;
      }
    } else if (JSON.stringify(next[key]) !== JSON.stringify(value)) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? (next as TemplateElement) : element;
}

/** Applies a patch per element id; the same template when no value changes. */
export function updateElements(template: TemplateBody, patches: ReadonlyMap<string, ElementPatch>): TemplateBody {
  if (patches.size === 0) return template;
  let changed = false;
  const elements = template.elements.map((e) => {
    const patch = patches.get(e.id);
    const next = patch ? patched(e, patch) : e;
    if (next !== e) changed = true;
    return next;
  });
  return changed ? { ...template, elements } : template;
}

export function updateElement(template: TemplateBody, id: string, patch: ElementPatch): TemplateBody {
  return updateElements(template, new Map([[id, patch]]));
}

/** The same patch for several elements. */
export function updateEach(template: TemplateBody, ids: Iterable<string>, patch: ElementPatch): TemplateBody {
  return updateElements(template, new Map([...ids].map((id) => [id, patch])));
}

export function removeElements(template: TemplateBody, ids: Iterable<string>): TemplateBody {
  const gone = new Set(ids);
  if (gone.size === 0) return template;
  const elements = template.elements.filter((e) => !gone.has(e.id));
  return elements.length === template.elements.length ? template : { ...template, elements };
}

/** Moves elements by (dx, dy) points; locked elements stay. */
export function moveElements(template: TemplateBody, ids: Iterable<string>, dx: number, dy: number): TemplateBody {
  const index = elementIndex(template);
  const patches = new Map<string, ElementPatch>();
  for (const id of ids) {
    const e = index.get(id);
    if (e && !e.locked) patches.set(id, { x: roundPt(e.x + dx), y: roundPt(e.y + dy) });
  }
  return updateElements(template, patches);
}

/** The ids plus every other member of their groups: a group is selected, moved and arranged as one. */
export function withGroups(template: TemplateBody, ids: Iterable<string>): Set<string> {
  const out = new Set(ids);
  const index = elementIndex(template);
  const groups = new Set<string>();
  for (const id of out) {
    const groupId = index.get(id)?.groupId;
    if (groupId) groups.add(groupId);
  }
  if (groups.size) for (const e of template.elements) if (e.groupId && groups.has(e.groupId)) out.add(e.id);
  return out;
}

/** The selected elements as units that arrange together: one per group, one per ungrouped element. */
function units(template: TemplateBody, ids: Iterable<string>): { ids: string[]; box: Box }[] {
  const index = elementIndex(template);
  const byUnit = new Map<string, TemplateElement[]>();
  for (const id of ids) {
    const e = index.get(id);
    if (!e || e.locked) continue;
    const key = e.groupId ? `group:${e.groupId}` : `element:${e.id}`;
    byUnit.set(key, [...(byUnit.get(key) ?? []), e]);
  }
  return [...byUnit.values()].map((members) => ({ ids: members.map((m) => m.id), box: unionOf(members.map(boundsOf))! }));
}

function shiftUnits(template: TemplateBody, moves: { ids: string[]; dx: number; dy: number }[]): TemplateBody {
  const index = elementIndex(template);
  const patches = new Map<string, ElementPatch>();
  for (const { ids, dx, dy } of moves) {
    if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) continue;
    for (const id of ids) {
      const e = index.get(id)!;
      patches.set(id, { x: roundPt(e.x + dx), y: roundPt(e.y + dy) });
    }
  }
  return updateElements(template, patches);
}

export const ALIGN_EDGES = ['left', 'center', 'right', 'top', 'middle', 'bottom'] as const;
export type AlignEdge = (typeof ALIGN_EDGES)[number];

/** Aligns the selection's units to the selection's bounds, or to the page when there is one unit. */
export function alignElements(template: TemplateBody, ids: Iterable<string>, edge: AlignEdge): TemplateBody {
  const list = units(template, ids);
  if (list.length === 0) return template;
  const target = list.length === 1 ? { x: 0, y: 0, width: template.page.width, height: template.page.height } : unionOf(list.map((u) => u.box))!;
  return shiftUnits(
    template,
    list.map(({ ids: unitIds, box }) => {
      switch (edge) {
        case 'left':
          return { ids: unitIds, dx: target.x - box.x, dy: 0 };
        case 'center':
          return { ids: unitIds, dx: target.x + target.width / 2 - (box.x + box.width / 2), dy: 0 };
        case 'right':
          return { ids: unitIds, dx: target.x + target.width - (box.x + box.width), dy: 0 };
        case 'top':
          return { ids: unitIds, dx: 0, dy: target.y - box.y };
        case 'middle':
          return { ids: unitIds, dx: 0, dy: target.y + target.height / 2 - (box.y + box.height / 2) };
        case 'bottom':
          return { ids: unitIds, dx: 0, dy: target.y + target.height - (box.y + box.height) };
      }
    }),
  );
}

/** Spaces three or more units evenly between the outermost two, with equal gaps between their boxes. */
export function distributeElements(template: TemplateBody, ids: Iterable<string>, axis: 'horizontal' | 'vertical'): TemplateBody {
  const list = units(template, ids);
  if (list.length < 3) return template;
  const start = axis === 'horizontal' ? (b: Box) => b.x : (b: Box) => b.y;
  const size = axis === 'horizontal' ? (b: Box) => b.width : (b: Box) => b.height;
  const sorted = [...list].sort((a, b) => start(a.box) - start(b.box));
  const first = sorted[0]!.box;
  const end = Math.max(...sorted.map((u) => start(u.box) + size(u.box)));
  const total = sorted.reduce((sum, u) => sum + size(u.box), 0);
  const gap = (end - start(first) - total) / (sorted.length - 1);
  let at = start(first);
  return shiftUnits(
    template,
    sorted.map(({ ids: unitIds, box }) => {
      const delta = at - start(box);
      at += size(box) + gap;
      return axis === 'horizontal' ? { ids: unitIds, dx: delta, dy: 0 } : { ids: unitIds, dx: 0, dy: delta };
    }),
  );
}

export type ZOrder = 'forward' | 'backward' | 'front' | 'back';

/** Changes the stacking of the selected elements, keeping their order among themselves. */
export function reorderElements(template: TemplateBody, ids: Iterable<string>, order: ZOrder): TemplateBody {
  const chosen = new Set(ids);
  const list = [...template.elements];
  if (order === 'front' || order === 'back') {
    const moving = list.filter((e) => chosen.has(e.id));
    const rest = list.filter((e) => !chosen.has(e.id));
    const elements = order === 'front' ? [...rest, ...moving] : [...moving, ...rest];
    return elements.every((e, i) => e === template.elements[i]) ? template : { ...template, elements };
  }
  // One step: each chosen element swaps with the unchosen neighbour above (forward) or below (backward).
  const step = order === 'forward' ? 1 : -1;
  let changed = false;
  const range = order === 'forward' ? [...list.keys()].reverse() : [...list.keys()];
  for (const i of range) {
    const j = i + step;
    if (!chosen.has(list[i]!.id) || j < 0 || j >= list.length || chosen.has(list[j]!.id)) continue;
    [list[i], list[j]] = [list[j]!, list[i]!];
    changed = true;
  }
  return changed ? { ...template, elements: list } : template;
}

export function groupElements(template: TemplateBody, ids: Iterable<string>, groupId: string): TemplateBody {
  const list = [...ids];
  return list.length < 2 ? template : updateEach(template, list, { groupId });
}

export function ungroupElements(template: TemplateBody, ids: Iterable<string>): TemplateBody {
  return updateEach(template, ids, { groupId: undefined });
}

/** A new id for an element of `type` (`text-3`), not in the template nor in `taken`. */
export function freshElementId(template: TemplateBody, type: ElementType | 'group', taken: ReadonlySet<string> = new Set()): string {
  const used = new Set([...template.elements.map((e) => e.id), ...template.elements.map((e) => e.groupId ?? ''), ...taken]);
  let n = template.elements.length + 1;
  while (used.has(`${type}-${n}`)) n++;
  return `${type}-${n}`;
}

export const FRAGMENT_FORMAT = 'laurel.template-fragment/1';
export interface TemplateFragment {
  format: typeof FRAGMENT_FORMAT;
  elements: TemplateElement[];
}

export function copyFragment(template: TemplateBody, ids: Iterable<string>): TemplateFragment {
  const chosen = new Set(ids);
  return { format: FRAGMENT_FORMAT, elements: template.elements.filter((e) => chosen.has(e.id)) };
}

/** Adds a copy of the fragment's elements, shifted by `offset`, with fresh ids and fresh group ids. */
export function pasteFragment(template: TemplateBody, fragment: TemplateFragment, offset: { x: number; y: number }): { template: TemplateBody; ids: string[] } {
  const taken = new Set<string>();
  const fresh = (type: ElementType | 'group') => {
    const id = freshElementId(template, type, taken);
    taken.add(id);
    return id;
  };
  const groups = new Map<string, string>();
  const elements = fragment.elements.map((e): TemplateElement => {
    const copy = { ...e, id: fresh(e.type), x: roundPt(e.x + offset.x), y: roundPt(e.y + offset.y) };
    if (e.groupId) {
      if (!groups.has(e.groupId)) groups.set(e.groupId, fresh('group'));
      copy.groupId = groups.get(e.groupId)!;
    }
    return copy;
  });
  return { template: addElements(template, elements), ids: elements.map((e) => e.id) };
}

export const SHAPE_TYPES = ['rect', 'ellipse', 'star', 'polygon'] as const;
export type ShapeType = (typeof SHAPE_TYPES)[number];

/** The same shape as another kind, keeping its box, paint and common properties. */
export function changeShapeKind(element: TemplateElement, type: ShapeType): TemplateElement {
  if (element.type === type || !(SHAPE_TYPES as readonly string[]).includes(element.type)) return element;
  const { cornerRadius: _c, points: _p, innerRatio: _i, sides: _s, ...rest } = element as Record<string, unknown>;
  return { ...rest, type } as TemplateElement;
}

export function replaceElement(template: TemplateBody, next: TemplateElement): TemplateBody {
  const elements = template.elements.map((e) => (e.id === next.id ? next : e));
  return elements.some((e, i) => e !== template.elements[i]) ? { ...template, elements } : template;
}

/** Merges `patch` into the page; a key set to undefined is removed. */
export function setPage(template: TemplateBody, patch: Partial<TemplateBody['page']>): TemplateBody {
  const page: Record<string, unknown> = { ...template.page };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete page[key];
    else page[key] = value;
  }
  return JSON.stringify(page) === JSON.stringify(template.page) ? template : { ...template, page: page as TemplateBody['page'] };
}
