import { updateElement } from '../../../shared/template/edit';
import type { TemplateContext } from '../commands/context';
import { addElement, NEW_TEXT, newElement } from '../commands/newElements';

/**
 * Inserts `{{path}}`: into the selected text where its caret was last (or at its end), as the content of a
 * selected QR code, or as a new text element when neither is selected. A new text's placeholder words are
 * replaced rather than kept.
 */
export function insertField(ctx: TemplateContext, path: string): void {
  const { store, parts } = ctx;
  const token = `{{${path}}}`;
  const chosen = store.selectedElements();
  const target = chosen.length === 1 ? chosen[0] : undefined;
  if (target?.type === 'qr') {
    store.run('Insert field', (t) => updateElement(t, target.id, { text: token }));
    return;
  }
  if (target?.type !== 'text') {
    addElement(ctx, 'text', (id, at) => ({ ...newElement('text', id, at), text: token }));
    return;
  }
  const caret = parts.textCaret?.id === target.id && parts.textCaret.text === target.text ? parts.textCaret : undefined;
  let text: string;
  if (target.text === NEW_TEXT) text = token;
  else if (caret) text = target.text.slice(0, caret.start) + token + target.text.slice(caret.end);
  else text = target.text + (target.text === '' || /\s$/.test(target.text) ? '' : ' ') + token;
  store.run('Insert field', (t) => updateElement(t, target.id, { text }));
  const end = (caret ? caret.start : text.length - token.length) + token.length;
  parts.textCaret = { id: target.id, start: end, end, text };
}
