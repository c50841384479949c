import {
  alignElements,
  distributeElements,
  elementIndex,
  freshElementId,
  groupElements,
  moveElements,
  removeElements,
  reorderElements,
  ungroupElements,
  updateEach,
  type AlignEdge,
  type ZOrder,
} from '../../../shared/template/edit';
import { CommandTable, mod } from '../../editing/commands';
import { addImageFromFile } from '../assets/addImage';
import { copySelection, cutSelection, duplicateSelection, pasteClipboard } from './clipboard';
import { editable, hasSelection, type TemplateCommand, type TemplateContext } from './context';
import { addElement } from './newElements';

/**
 * Every edit the template editor offers, as a named command (`renderer/editing/commands.ts`): toolbar
 * buttons, the Layers and Properties panels, the keyboard and the test API all call these.
 */
const arrow = (key: string, shift: boolean) => (e: KeyboardEvent) => e.key === key && e.shiftKey === shift && !mod(e) && !e.altKey;
const selected = (ctx: TemplateContext) => ctx.store.getState().selection;
const several = (n: number) => (ctx: TemplateContext) => editable(ctx) && selected(ctx).size >= n;

function nudge(direction: 'left' | 'right' | 'up' | 'down', step: number): TemplateCommand {
  const [dx, dy] = ({ left: [-step, 0], right: [step, 0], up: [0, -step], down: [0, step] } as const)[direction];
  const key = { left: 'ArrowLeft', right: 'ArrowRight', up: 'ArrowUp', down: 'ArrowDown' }[direction];
  return {
    id: `nudge-${direction}${step === 1 ? '' : `-${step}`}`,
    label: `Nudge ${direction}${step === 1 ? '' : ` ${step} pt`}`,
    shortcut: `${step === 1 ? '' : 'Shift+'}${key}`,
    keys: arrow(key, step !== 1),
    enabled: several(1),
    perform: ({ store }) => void store.run('Nudge', (t) => moveElements(t, store.getState().selection, dx, dy)),
  };
}

const ALIGN_LABEL: Record<AlignEdge, string> = { left: 'Align left', center: 'Align centre', right: 'Align right', top: 'Align top', middle: 'Align middle', bottom: 'Align bottom' };
const align = (edge: AlignEdge): TemplateCommand => ({
  id: `align-${edge}`,
  label: ALIGN_LABEL[edge],
  enabled: several(1),
  perform: ({ store }) => void store.run(ALIGN_LABEL[edge], (t) => alignElements(t, store.getState().selection, edge)),
});

const ORDER: Record<ZOrder, { label: string; shortcut: string; keys: (e: KeyboardEvent) => boolean }> = {
  forward: { label: 'Bring forward', shortcut: 'Ctrl+]', keys: (e) => mod(e) && !e.shiftKey && e.code === 'BracketRight' },
  backward: { label: 'Send backward', shortcut: 'Ctrl+[', keys: (e) => mod(e) && !e.shiftKey && e.code === 'BracketLeft' },
  front: { label: 'Bring to front', shortcut: 'Ctrl+Shift+]', keys: (e) => mod(e) && e.shiftKey && e.code === 'BracketRight' },
  back: { label: 'Send to back', shortcut: 'Ctrl+Shift+[', keys: (e) => mod(e) && e.shiftKey && e.code === 'BracketLeft' },
};
const reorder = (order: ZOrder): TemplateCommand => ({
  id: `order-${order}`,
  ...ORDER[order],
  enabled: several(1),
  perform: ({ store }) => void store.run(ORDER[order].label, (t) => reorderElements(t, store.getState().selection, order)),
});

const add = (id: string, label: string, type: Parameters<typeof addElement>[1]): TemplateCommand => ({ id, label, enabled: editable, perform: (ctx) => void addElement(ctx, type) });

/** Whether every selected element has `flag` set. */
const allFlagged = (ctx: TemplateContext, flag: 'locked' | 'hidden') => {
  const index = elementIndex(ctx.store.document);
  const ids = [...selected(ctx)];
  return ids.length > 0 && ids.every((id) => index.get(id)?.[flag]);
};

export const COMMANDS: TemplateCommand[] = [
  add('add-text', 'Add text', 'text'),
  {
    id: 'add-image',
    label: 'Add image',
    enabled: editable,
    perform: (ctx) => addImageFromFile(ctx).then(() => undefined),
  },
  add('add-rect', 'Rectangle', 'rect'),
  add('add-ellipse', 'Ellipse', 'ellipse'),
  add('add-star', 'Star', 'star'),
  add('add-polygon', 'Polygon', 'polygon'),
  add('add-line', 'Add line', 'line'),
  add('add-qr', 'Add QR code', 'qr'),
  add('add-signature', 'Add signature', 'signature'),
  {
    id: 'undo',
    label: 'Undo',
    shortcut: 'Ctrl+Z',
    keys: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    enabled: ({ store }) => store.canUndo,
    perform: ({ store }) => void store.undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcut: 'Ctrl+Shift+Z',
    keys: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'),
    enabled: ({ store }) => store.canRedo,
    perform: ({ store }) => void store.redo(),
  },
  {
    id: 'delete',
    label: 'Delete',
    shortcut: 'Delete',
    keys: (e) => e.key === 'Delete' || e.key === 'Backspace',
    enabled: several(1),
    perform: ({ store }) => void store.run('Delete', (t) => removeElements(t, store.getState().selection), { selection: new Set() }),
  },
  { id: 'copy', label: 'Copy', shortcut: 'Ctrl+C', keys: (e) => mod(e) && e.key.toLowerCase() === 'c', enabled: hasSelection, perform: copySelection },
  { id: 'cut', label: 'Cut', shortcut: 'Ctrl+X', keys: (e) => mod(e) && e.key.toLowerCase() === 'x', enabled: several(1), perform: cutSelection },
  { id: 'paste', label: 'Paste', shortcut: 'Ctrl+V', keys: (e) => mod(e) && e.key.toLowerCase() === 'v', enabled: editable, perform: pasteClipboard },
  { id: 'duplicate', label: 'Duplicate', shortcut: 'Ctrl+D', keys: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'd', enabled: several(1), perform: duplicateSelection },
  {
    id: 'select-all',
    label: 'Select all',
    shortcut: 'Ctrl+A',
    keys: (e) => mod(e) && e.key.toLowerCase() === 'a',
    perform: ({ store }) => store.select(store.document.elements.filter((e) => !e.locked && !e.hidden).map((e) => e.id)),
  },
  { id: 'deselect', label: 'Deselect', shortcut: 'Escape', keys: (e) => e.key === 'Escape', perform: ({ store }) => store.select([]) },
  ...(['left', 'right', 'up', 'down'] as const).flatMap((d) => [nudge(d, 1), nudge(d, 10)]),
  ...(['left', 'center', 'right', 'top', 'middle', 'bottom'] as const).map(align),
  {
    id: 'distribute-horizontal',
    label: 'Distribute horizontally',
    enabled: several(3),
    perform: ({ store }) => void store.run('Distribute horizontally', (t) => distributeElements(t, store.getState().selection, 'horizontal')),
  },
  {
    id: 'distribute-vertical',
    label: 'Distribute vertically',
    enabled: several(3),
    perform: ({ store }) => void store.run('Distribute vertically', (t) => distributeElements(t, store.getState().selection, 'vertical')),
  },
  ...(['forward', 'backward', 'front', 'back'] as const).map(reorder),
  {
    id: 'group',
    label: 'Group',
    shortcut: 'Ctrl+G',
    keys: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'g',
    enabled: several(2),
    perform: ({ store }) => void store.run('Group', (t) => groupElements(t, store.getState().selection, freshElementId(t, 'group'))),
  },
  {
    id: 'ungroup',
    label: 'Ungroup',
    shortcut: 'Ctrl+Shift+G',
    keys: (e) => mod(e) && e.shiftKey && e.key.toLowerCase() === 'g',
    enabled: (ctx) => editable(ctx) && [...selected(ctx)].some((id) => elementIndex(ctx.store.document).get(id)?.groupId),
    perform: ({ store }) => void store.run('Ungroup', (t) => ungroupElements(t, store.getState().selection)),
  },
  {
    id: 'toggle-lock',
    label: 'Lock',
    enabled: several(1),
    perform: (ctx) => {
      const locked = !allFlagged(ctx, 'locked');
      ctx.store.run(locked ? 'Lock' : 'Unlock', (t) => updateEach(t, selected(ctx), { locked: locked || undefined }));
    },
  },
  {
    id: 'toggle-hidden',
    label: 'Hide',
    enabled: several(1),
    perform: (ctx) => {
      const hidden = !allFlagged(ctx, 'hidden');
      ctx.store.run(hidden ? 'Hide' : 'Show', (t) => updateEach(t, selected(ctx), { hidden: hidden || undefined }));
    },
  },
  { id: 'zoom-in', label: 'Zoom in', shortcut: 'Ctrl+=', keys: (e) => mod(e) && (e.key === '=' || e.key === '+'), perform: ({ parts }) => parts.zoomBy(1.25) },
  { id: 'zoom-out', label: 'Zoom out', shortcut: 'Ctrl+-', keys: (e) => mod(e) && e.key === '-', perform: ({ parts }) => parts.zoomBy(0.8) },
  { id: 'zoom-fit', label: 'Zoom to fit', shortcut: 'Shift+1', keys: (e) => e.shiftKey && e.code === 'Digit1', perform: ({ parts }) => parts.fit() },
  {
    id: 'toggle-preview',
    label: 'Preview',
    shortcut: 'Ctrl+Shift+P',
    keys: (e) => mod(e) && e.shiftKey && e.key.toLowerCase() === 'p',
    perform: ({ store }) => store.setSampleView(!store.getState().sampleView),
  },
  { id: 'add-guide-vertical', label: 'Add vertical guide', perform: ({ store, parts }) => parts.guides.add('x', store.document.page.width / 2) },
  { id: 'add-guide-horizontal', label: 'Add horizontal guide', perform: ({ store, parts }) => parts.guides.add('y', store.document.page.height / 2) },
];

/** The table, with every command held back while a gesture (drag, transform, pan) is under way. */
export const TEMPLATE_COMMANDS = new CommandTable<TemplateContext>(
  COMMANDS.map((c) => ({ ...c, enabled: (ctx: TemplateContext) => !ctx.parts.busy && (c.enabled ? c.enabled(ctx) : true) })),
);
