import { useSyncExternalStore } from 'react';
import type { Pathway } from '../../shared/pathway/model';

/**
 * The pathway editor's state, outside React (DESIGN §4): the document, the selection, the learner
 * simulation and the undo history. Components subscribe to the slice they show, so a drag re-renders the
 * dragged node, not the page. The document is immutable data: history keeps the document before and after
 * each named command, which makes undo exact without hand-written inverses.
 */
export interface EditorState {
  pathway: Pathway;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  simulating: boolean;
  completed: ReadonlySet<string>;
  /** A revision shown read-only from the history panel. */
  preview?: { revision: number; pathway: Pathway };
}

interface HistoryEntry {
  label: string;
  before: Pathway;
  after: Pathway;
}

const EMPTY: ReadonlySet<string> = new Set();

export class PathwayEditorStore {
  private state: EditorState;
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];
  private gesture?: { before: Pathway };
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<(label: string) => void>();

  constructor(pathway: Pathway) {
    this.state = { pathway, selectedNodes: EMPTY, selectedEdges: EMPTY, simulating: false, completed: EMPTY };
  }

  getState = (): EditorState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called after every committed change of the document (not selection, not drags in progress). */
  onDocumentChange(listener: (label: string) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private set(patch: Partial<EditorState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private committed(label: string): void {
    for (const l of this.changeListeners) l(label);
  }

  get readOnly(): boolean {
    return this.state.preview !== undefined;
  }

  /** Runs a named edit as one undoable step. An edit that changes nothing records nothing. */
  run(label: string, edit: (pathway: Pathway) => Pathway, selection?: { nodes?: Iterable<string>; edges?: Iterable<string> }): boolean {
    if (this.readOnly) return false;
    const before = this.state.pathway;
    const after = edit(before);
    if (after === before) return false;
    this.past.push({ label, before, after });
    this.future = [];
    this.set({
      pathway: after,
      ...(selection?.nodes ? { selectedNodes: new Set(selection.nodes) } : {}),
      ...(selection?.edges ? { selectedEdges: new Set(selection.edges) } : {}),
    });
    this.committed(label);
    return true;
  }

  /** A drag: intermediate positions change the document without history; `endGesture` records one step. */
  beginGesture(): void {
    if (!this.gesture && !this.readOnly) this.gesture = { before: this.state.pathway };
  }

  updateGesture(edit: (pathway: Pathway) => Pathway): void {
    if (!this.gesture) return;
    const next = edit(this.state.pathway);
    if (next !== this.state.pathway) this.set({ pathway: next });
  }

  endGesture(label: string): void {
    const gesture = this.gesture;
    this.gesture = undefined;
    if (!gesture || gesture.before === this.state.pathway) return;
    this.past.push({ label, before: gesture.before, after: this.state.pathway });
    this.future = [];
    this.committed(label);
  }

  get canUndo(): boolean {
    return this.past.length > 0 && !this.readOnly;
  }
  get canRedo(): boolean {
    return this.future.length > 0 && !this.readOnly;
  }

  undo(): string | undefined {
    const entry = this.canUndo ? this.past.pop() : undefined;
    if (!entry) return undefined;
    this.future.push(entry);
    this.set({ pathway: entry.before });
    this.committed(`Undo ${entry.label}`);
    return entry.label;
  }

  redo(): string | undefined {
    const entry = this.canRedo ? this.future.pop() : undefined;
    if (!entry) return undefined;
    this.past.push(entry);
    this.set({ pathway: entry.after });
    this.committed(`Redo ${entry.label}`);
    return entry.label;
  }

  /** Replaces the document from outside (a restored revision); history starts again. */
  replaceDocument(pathway: Pathway): void {
    this.past = [];
    this.future = [];
    this.set({ pathway, selectedNodes: EMPTY, selectedEdges: EMPTY, preview: undefined });
  }

  select(nodes: Iterable<string>, edges: Iterable<string> = []): void {
    this.set({ selectedNodes: new Set(nodes), selectedEdges: new Set(edges) });
  }

  setSimulating(simulating: boolean): void {
    this.set({ simulating, completed: simulating ? this.state.completed : EMPTY });
  }

  toggleCompleted(id: string): void {
    const completed = new Set(this.state.completed);
    if (!completed.delete(id)) completed.add(id);
    this.set({ completed });
  }

  setPreview(preview: EditorState['preview']): void {
    this.set({ preview, selectedNodes: EMPTY, selectedEdges: EMPTY });
  }
}

/** Subscribes a component to one slice of the editor state; it re-renders only when that slice changes. */
export function useEditor<T>(store: PathwayEditorStore, select: (state: EditorState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

/** The document the canvas shows: the previewed revision, or the one being edited. */
export const shownPathway = (s: EditorState): Pathway => s.preview?.pathway ?? s.pathway;
