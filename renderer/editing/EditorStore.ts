import { useSyncExternalStore } from 'react';

/**
 * An editor's state outside React (DESIGN §4), shared by the pathway and template editors: the document,
 * whatever view state the editor adds (selection, simulation, preview of sample data…) and the undo
 * history. Components subscribe to the slice they show, so a drag re-renders the dragged thing, not the
 * page. The document is immutable data: history keeps the document before and after each named command,
 * which makes undo exact without hand-written inverses (tldraw's marks, squashed per gesture).
 */
export interface RevisionPreview<D> {
  revision: number;
  document: D;
}

/** What every editor state has besides its own fields: a revision shown read-only from the History panel. */
export interface EditingState<D> {
  preview?: RevisionPreview<D>;
}

/** Where an editor keeps its document in its state (`pathway`, `template`). */
export interface DocumentLens<D, S> {
  get(state: S): D;
  put(document: D): Partial<S>;
}

interface HistoryEntry<D> {
  label: string;
  before: D;
  after: D;
}

export class EditorStore<D, S extends EditingState<D>> {
  protected state: S;
  private past: HistoryEntry<D>[] = [];
  private future: HistoryEntry<D>[] = [];
  private gesture?: { before: D };
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<(label: string) => void>();

  constructor(initial: S, private readonly lens: DocumentLens<D, S>) {
    this.state = initial;
  }

  getState = (): S => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The document being edited (not a previewed revision). */
  get document(): D {
    return this.lens.get(this.state);
  }

  /** The document the view shows: the previewed revision, or the one being edited. */
  get shown(): D {
    return this.state.preview?.document ?? this.document;
  }

  /** Called after every committed change of the document (not view state, not drags in progress). */
  onDocumentChange(listener: (label: string) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  protected set(patch: Partial<S>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private committed(label: string): void {
    for (const l of this.changeListeners) l(label);
  }

  get readOnly(): boolean {
    return this.state.preview !== undefined;
  }

  /**
   * Runs a named edit as one undoable step, with an optional change of view state (the new selection).
   * An edit that returns the same document records nothing.
   */
  run(label: string, edit: (document: D) => D, view?: Partial<S>): boolean {
    if (this.readOnly) return false;
    const before = this.document;
    const after = edit(before);
    if (after === before) return false;
    this.past.push({ label, before, after });
    this.future = [];
    this.set({ ...view, ...this.lens.put(after) });
    this.committed(label);
    return true;
  }

  /** A drag: intermediate states change the document without history; `endGesture` records one step. */
  beginGesture(): void {
    if (!this.gesture && !this.readOnly) this.gesture = { before: this.document };
  }

  updateGesture(edit: (document: D) => D): void {
    if (!this.gesture) return;
    const next = edit(this.document);
    if (next !== this.document) this.set(this.lens.put(next));
  }

  endGesture(label: string): void {
    const gesture = this.gesture;
    this.gesture = undefined;
    if (!gesture || gesture.before === this.document) return;
    this.past.push({ label, before: gesture.before, after: this.document });
    this.future = [];
    this.committed(label);
  }

  get canUndo(): boolean {
    return this.past.length > 0 && !this.readOnly;
  }
  get canRedo(): boolean {
    return this.future.length > 0 && !this.readOnly;
  }

  /** Undoes the last step; `view` resets view state that may point at what the step added. */
  undo(view?: Partial<S>): string | undefined {
    const entry = this.canUndo ? this.past.pop() : undefined;
    if (!entry) return undefined;
    this.future.push(entry);
    this.set({ ...view, ...this.lens.put(entry.before) });
    this.committed(`Undo ${entry.label}`);
    return entry.label;
  }

  redo(view?: Partial<S>): string | undefined {
    const entry = this.canRedo ? this.future.pop() : undefined;
    if (!entry) return undefined;
    this.past.push(entry);
    this.set({ ...view, ...this.lens.put(entry.after) });
    this.committed(`Redo ${entry.label}`);
    return entry.label;
  }

  /** Replaces the document from outside (a restored revision); history starts again. */
  replaceDocument(document: D, view?: Partial<S>): void {
    this.past = [];
    this.future = [];
    this.set({ ...view, ...this.lens.put(document), preview: undefined });
  }

  /** Shows a saved revision read-only (or closes it with undefined). */
  setPreview(preview: RevisionPreview<D> | undefined, view?: Partial<S>): void {
    this.set({ ...view, preview } as Partial<S>);
  }
}

/** Subscribes a component to one slice of an editor's state; it re-renders only when that slice changes. */
export function useEditor<S, T>(store: { subscribe(listener: () => void): () => void; getState(): S }, select: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
