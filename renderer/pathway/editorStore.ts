import type { Pathway } from '../../shared/pathway/model';
import { EditorStore, useEditor, type EditingState } from '../editing/EditorStore';

export { useEditor };

/**
 * The pathway editor's state: the document, the selection and the learner simulation, over the shared
 * editor store (history, gestures, revision preview: `renderer/editing/EditorStore.ts`).
 */
export interface EditorState extends EditingState<Pathway> {
  pathway: Pathway;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  simulating: boolean;
  completed: ReadonlySet<string>;
  /** While "zoom to fit" animates into the overview: the view is drawn as the overview (flow/overviewFlight.ts). */
  overviewFlight?: symbol;
}

const EMPTY: ReadonlySet<string> = new Set();
const NOTHING_SELECTED = { selectedNodes: EMPTY, selectedEdges: EMPTY };

export class PathwayEditorStore extends EditorStore<Pathway, EditorState> {
  constructor(pathway: Pathway) {
    super({ pathway, selectedNodes: EMPTY, selectedEdges: EMPTY, simulating: false, completed: EMPTY }, { get: (s) => s.pathway, put: (pathway) => ({ pathway }) });
  }

  /** The view change that selects these nodes and edges, for `run`. */
  static selecting(nodes: Iterable<string>, edges: Iterable<string> = []): Partial<EditorState> {
    return { selectedNodes: new Set(nodes), selectedEdges: new Set(edges) };
  }

  override replaceDocument(pathway: Pathway): void {
    super.replaceDocument(pathway, NOTHING_SELECTED);
  }

  override setPreview(preview: EditorState['preview']): void {
    super.setPreview(preview, NOTHING_SELECTED);
  }

  select(nodes: Iterable<string>, edges: Iterable<string> = []): void {
    this.set({ selectedNodes: sameOrNew(this.state.selectedNodes, nodes), selectedEdges: sameOrNew(this.state.selectedEdges, edges) });
  }

  startOverviewFlight(): symbol {
    const flight = Symbol('overview flight');
    this.set({ overviewFlight: flight });
    return flight;
  }

  /** Ends `flight`, unless a later one replaced it. */
  endOverviewFlight(flight: symbol): void {
    if (this.state.overviewFlight === flight) this.set({ overviewFlight: undefined });
  }

  setSimulating(simulating: boolean): void {
    this.set({ simulating, completed: simulating ? this.state.completed : EMPTY });
  }

  toggleCompleted(id: string): void {
    const completed = new Set(this.state.completed);
    if (!completed.delete(id)) completed.add(id);
    this.set({ completed });
  }
}

/**
 * The current set when `ids` holds the same members: a selection keeps its identity when it did not
 * change, so selecting a node does not make the canvas rebuild React Flow's edges (3,000 of them in a
 * large pathway) for an edge selection that stayed empty.
 */
function sameOrNew(current: ReadonlySet<string>, ids: Iterable<string>): ReadonlySet<string> {
  const next = new Set(ids);
  if (next.size !== current.size) return next;
  for (const id of next) if (!current.has(id)) return next;
  return current;
}

/** The document the canvas shows: the previewed revision, or the one being edited. */
export const shownPathway = (s: EditorState): Pathway => s.preview?.document ?? s.pathway;
