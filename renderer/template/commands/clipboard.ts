import { copyFragment, FRAGMENT_FORMAT, pasteFragment, removeElements, type TemplateFragment } from '../../../shared/template/edit';
import { readClipboard, writeClipboard } from '../../editing/clipboard';
import type { TemplateContext } from './context';

const CLIPBOARD_KEY = 'laurel.template.clipboard';
/** A paste or duplicate that lands on its originals moves this far down and right, so it shows. */
const OFFSET = 20;

export function copySelection({ store }: TemplateContext): void {
  const { selection } = store.getState();
  if (selection.size) writeClipboard(CLIPBOARD_KEY, copyFragment(store.document, selection));
}

export function cutSelection(ctx: TemplateContext): void {
  copySelection(ctx);
  const { store } = ctx;
  const { selection } = store.getState();
  store.run('Cut', (t) => removeElements(t, selection), { selection: new Set() });
}

function paste({ store }: TemplateContext, fragment: TemplateFragment | undefined, label: string): void {
  if (!fragment || fragment.elements.length === 0) return;
  // Into the template it came from, over its originals: offset. Into another template: where it was.
  const positions = new Set(store.document.elements.map((e) => `${e.x},${e.y},${e.width},${e.height}`));
  const overOriginals = fragment.elements.some((e) => positions.has(`${e.x},${e.y},${e.width},${e.height}`));
  const offset = overOriginals ? { x: OFFSET, y: OFFSET } : { x: 0, y: 0 };
  let ids: string[] = [];
  store.run(label, (t) => {
    const result = pasteFragment(t, fragment, offset);
    ids = result.ids;
    return result.template;
  });
  store.select(ids);
}

export const pasteClipboard = (ctx: TemplateContext) => paste(ctx, readClipboard<TemplateFragment>(CLIPBOARD_KEY, FRAGMENT_FORMAT), 'Paste');

export function duplicateSelection(ctx: TemplateContext): void {
  const { selection } = ctx.store.getState();
  paste(ctx, copyFragment(ctx.store.document, selection), 'Duplicate');
}
