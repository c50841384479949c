import type { ReactFlowInstance } from '@xyflow/react';
import {
  DEFAULT_TITLES,
  addNode,
  copyFragment,
  freshNodeId,
  moveNodes,
  pasteFragment,
  readingOrder,
  removeElements,
  type PathwayFragment,
} from '../../shared/pathway/edit';
import { NODE_KINDS, type NodeKind } from '../../shared/pathway/model';
import { KIND_LABEL } from '../../shared/pathway/names';
import { readClipboard, writeClipboard } from '../editing/clipboard';
import { CommandTable, mod, type EditorCommand as Command } from '../editing/commands';
import { layoutByTier, NODE_SIZE } from './autoLayout';
import { PathwayEditorStore, shownPathway } from './editorStore';
import { nodeBoxes, positionOf } from './flow/flowModel';
import { fittedViewport, OVERVIEW_BELOW } from './flow/levelOfDetail';
import { flyIntoOverview } from './flow/overviewFlight';
import { VIEW_ANIMATION_MS } from './flow/viewportTween';

/**
 * Every edit the pathway editor offers, as a named command (`renderer/editing/commands.ts`): the toolbar,
 * the palette, the keyboard and the test API all call these.
 */
export interface CommandContext {
  store: PathwayEditorStore;
  flow: ReactFlowInstance;
}
export type EditorCommand = Command<CommandContext>;

const CLIPBOARD_KEY = 'laurel.pathway.clipboard';

export const PALETTE_LABEL: Record<NodeKind, string> = {
  unit: 'Add learning unit',
  assessment: 'Add assessment',
  evidence: 'Add evidence',
  skill: 'Add skill',
  badge: 'Add badge',
  certificate: 'Add certificate',
  program: 'Add program',
};

/** Adds a node of `kind` at `position`, selected, as one undoable step. */
export function addNodeAt(store: PathwayEditorStore, kind: NodeKind, position: { x: number; y: number }): string {
  const id = freshNodeId(store.getState().pathway, kind);
  const node = { id, kind, title: DEFAULT_TITLES[kind], position: { x: Math.round(position.x), y: Math.round(position.y) } };
  store.run(`Add ${KIND_LABEL[kind].toLowerCase()}`, (p) => addNode(p, node), PathwayEditorStore.selecting([id]));
  return id;
}

/** Where a palette button puts a new node: the middle of the view, nudged so new nodes do not stack exactly. */
function viewCentre(flow: ReactFlowInstance, store: PathwayEditorStore) {
  const canvas = document.querySelector('.pathway-canvas')?.getBoundingClientRect();
  const centre = canvas ? flow.screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 }) : { x: 0, y: 0 };
  const shift = (store.getState().pathway.nodes.length % 5) * 24;
  return { x: centre.x - NODE_SIZE.width / 2 + shift, y: centre.y - NODE_SIZE.height / 2 + shift };
}

const hasSelection = ({ store }: CommandContext) => store.getState().selectedNodes.size + store.getState().selectedEdges.size > 0;
const hasNodeSelection = ({ store }: CommandContext) => store.getState().selectedNodes.size > 0;

function copySelection({ store }: CommandContext): PathwayFragment | undefined {
  const { pathway, selectedNodes } = store.getState();
  if (selectedNodes.size === 0) return undefined;
  const fragment = copyFragment(pathway, selectedNodes);
  writeClipboard(CLIPBOARD_KEY, fragment);
  return fragment;
}

function paste(store: PathwayEditorStore, fragment: PathwayFragment | undefined, label: string) {
  if (!fragment || fragment.format !== 'laurel.pathway-fragment/1' || fragment.nodes.length === 0) return;
  const taken = new Set(store.getState().pathway.nodes.map((n) => n.id));
  const newId = (kind: NodeKind) => {
    const id = freshNodeId(store.getState().pathway, kind, taken);
    taken.add(id);
    return id;
  };
  let ids: string[] = [];
  store.run(label, (p) => {
    const result = pasteFragment(p, fragment, { x: 40, y: 40 }, newId);
    ids = result.ids;
    return result.pathway;
  });
  store.select(ids);
}

/** Moves the selection to the next/previous node in reading order (tier, then top to bottom). */
function step(ctx: CommandContext, delta: 1 | -1) {
  const { pathway, selectedNodes } = ctx.store.getState();
  const order = readingOrder(pathway);
  if (order.length === 0) return;
  const current = order.findIndex((n) => selectedNodes.has(n.id));
  const next = order[(current + delta + order.length) % order.length]!;
  ctx.store.select([next.id]);
  reveal(ctx, next.id);
}

/**
 * Zooms to fit the whole pathway, animated. From the document: React Flow holds only the nodes near the
 * view (flow/flowWindow.ts). Into the overview (levelOfDetail.ts), the flight is drawn as the overview
 * throughout (flow/overviewFlight.ts).
 */
export function fitAll({ store, flow }: CommandContext): Promise<boolean> {
  const canvas = document.querySelector('.pathway-canvas')?.getBoundingClientRect();
  const nodes = nodeBoxes(shownPathway(store.getState()));
  if (!canvas || nodes.length === 0) return Promise.resolve(false);
  const viewport = fittedViewport(nodes, canvas);
  if (viewport.zoom < OVERVIEW_BELOW) return flyIntoOverview(store, flow, viewport, canvas);
  return flow.setViewport(viewport, { duration: VIEW_ANIMATION_MS });
}

/** Where a node of the shown pathway is, in flow coordinates, whether or not React Flow holds it. */
export function nodePosition({ store }: CommandContext, id: string): { x: number; y: number } | undefined {
  const nodes = shownPathway(store.getState()).nodes;
  const index = nodes.findIndex((n) => n.id === id);
  return index < 0 ? undefined : positionOf(nodes[index]!, index);
}

export function reveal(ctx: CommandContext, id: string) {
  const at = nodePosition(ctx, id);
  if (at) void ctx.flow.setCenter(at.x + NODE_SIZE.width / 2, at.y + NODE_SIZE.height / 2, { zoom: Math.max(ctx.flow.getZoom(), 0.8), duration: VIEW_ANIMATION_MS });
}

export const COMMANDS: EditorCommand[] = [
  ...NODE_KINDS.map(
    (kind): EditorCommand => ({
      id: `add-${kind}`,
      label: PALETTE_LABEL[kind],
      perform: ({ store, flow }) => void addNodeAt(store, kind, viewCentre(flow, store)),
    }),
  ),
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
    enabled: hasSelection,
    perform: ({ store }) => {
      const { selectedNodes, selectedEdges } = store.getState();
      store.run('Delete', (p) => removeElements(p, selectedNodes, selectedEdges), PathwayEditorStore.selecting([]));
    },
  },
  { id: 'copy', label: 'Copy', shortcut: 'Ctrl+C', keys: (e) => mod(e) && e.key.toLowerCase() === 'c', enabled: hasNodeSelection, perform: (ctx) => void copySelection(ctx) },
  {
    id: 'cut',
    label: 'Cut',
    shortcut: 'Ctrl+X',
    keys: (e) => mod(e) && e.key.toLowerCase() === 'x',
    enabled: hasNodeSelection,
    perform: (ctx) => {
      copySelection(ctx);
      const { selectedNodes } = ctx.store.getState();
      ctx.store.run('Cut', (p) => removeElements(p, selectedNodes), { selectedNodes: new Set() });
    },
  },
  { id: 'paste', label: 'Paste', shortcut: 'Ctrl+V', keys: (e) => mod(e) && e.key.toLowerCase() === 'v', perform: ({ store }) => paste(store, readClipboard<PathwayFragment>(CLIPBOARD_KEY, 'laurel.pathway-fragment/1'), 'Paste') },
  {
    id: 'duplicate',
    label: 'Duplicate',
    shortcut: 'Ctrl+D',
    keys: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'd',
    enabled: hasNodeSelection,
    perform: ({ store }) => {
      const { pathway, selectedNodes } = store.getState();
      paste(store, copyFragment(pathway, selectedNodes), 'Duplicate');
    },
  },
  {
    id: 'select-all',
    label: 'Select all',
    shortcut: 'Ctrl+A',
    keys: (e) => mod(e) && e.key.toLowerCase() === 'a',
    perform: ({ store }) => store.select(store.getState().pathway.nodes.map((n) => n.id)),
  },
  {
    id: 'auto-layout',
    label: 'Auto layout',
    perform: async (ctx) => {
      const positions = await layoutByTier(ctx.store.getState().pathway);
      if (ctx.store.run('Auto layout', (p) => moveNodes(p, positions))) setTimeout(() => void fitAll(ctx), 50);
    },
  },
  { id: 'fit-view', label: 'Zoom to fit', shortcut: 'Shift+1', keys: (e) => e.shiftKey && e.code === 'Digit1', perform: (ctx) => void fitAll(ctx) },
  { id: 'next-node', label: 'Next node', shortcut: 'Tab', keys: (e) => e.key === 'Tab' && !e.shiftKey, perform: (ctx) => step(ctx, 1) },
  { id: 'previous-node', label: 'Previous node', shortcut: 'Shift+Tab', keys: (e) => e.key === 'Tab' && e.shiftKey, perform: (ctx) => step(ctx, -1) },
  { id: 'deselect', label: 'Deselect', shortcut: 'Escape', keys: (e) => e.key === 'Escape', perform: ({ store }) => store.select([]) },
];

export const PATHWAY_COMMANDS = new CommandTable<CommandContext>(COMMANDS);

export const runCommand = (id: string, ctx: CommandContext): void => PATHWAY_COMMANDS.run(id, ctx);
