import type { Pathway } from '../../shared/pathway/model';
import { NODE_SIZE } from './autoLayout';
import { fitAll, nodePosition, type CommandContext } from './commands';
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
      /** Where a node is on screen, whether React Flow renders it or the overview draws it. */
      nodeBox(id: string): { x: number; y: number; width: number; height: number } | undefined;
    };
  }
}

export function exposeTestApi(store: PathwayEditorStore, ctx: CommandContext): () => void {
  window.__laurelPathway = {
    pathway: () => store.getState().pathway,
    selection: () => [...store.getState().selectedNodes],
    canUndo: () => store.canUndo,
    fitView: () => fitAll(ctx),
    nodeBox: (id) => {
      const at = nodePosition(ctx, id);
      if (!at) return undefined;
      const zoom = ctx.flow.getZoom();
      return { ...ctx.flow.flowToScreenPosition(at), width: NODE_SIZE.width * zoom, height: NODE_SIZE.height * zoom };
    },
  };
  return () => {
    delete window.__laurelPathway;
  };
}
