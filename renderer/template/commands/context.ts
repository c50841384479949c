import type { EditorCommand } from '../../editing/commands';
import type { CanvasParts } from '../canvas/CanvasParts';
import type { TemplateEditorStore } from '../store/TemplateEditorStore';

/** What a template command works on: the store, and the canvas for what concerns the view. */
export interface TemplateContext {
  store: TemplateEditorStore;
  parts: CanvasParts;
}

export type TemplateCommand = EditorCommand<TemplateContext>;

export const hasSelection = ({ store }: TemplateContext) => store.getState().selection.size > 0;
export const editable = ({ store }: TemplateContext) => !store.readOnly;
