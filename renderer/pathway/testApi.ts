import type { Pathway } from '../../shared/pathway/model';
import type { CommandContext } from './commands';
import type { PathwayEditorStore } from './editorStore';

/**
 * A small read-mostly window API for end-to-end tests and benchmarks (after tldraw's e2e), so they can
 * check state without scraping the DOM. Input still goes through the real UI.
 */
declare global {
  interface Window {
    __laurelPathway?: {
      pathway(): Pathway;
      selection(): string[];
      canUndo(): boolean;
      fitView(): Promise<boolean>;
    };
  }
}

export function exposeTestApi(store: PathwayEditorStore, ctx: CommandContext): () => void {
  window.__laurelPathway = {
    pathway: () => store.getState().pathway,
    selection: () => [...store.getState().selectedNodes],
    canUndo: () => store.canUndo,
    fitView: () => ctx.flow.fitView(),
  };
  return () => {
    delete window.__laurelPathway;
  };
}
