import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { resolveColour, resolveFont } from '../../../shared/template/brandKit';
import { elementIndex, updateElement } from '../../../shared/template/edit';
import { TEXT_DEFAULTS } from '../../../shared/template/layout';
import type { TextElement } from '../../../shared/template/model';
import { useEditor, type Viewport } from '../store/TemplateEditorStore';
import type { CanvasParts } from './CanvasParts';

/**
 * Editing a text element in place (double-click): a textarea over the element, in its font, size and
 * colour at the current zoom. What is typed becomes one "Edit text" step when the person leaves the field,
 * presses Escape or Ctrl+Enter.
 */
export function InlineTextEditor({ parts }: { parts: CanvasParts }) {
  const { store } = parts;
  const id = useEditor(store, (s) => s.editingText);
  const element = useEditor(store, (s) => (s.editingText ? elementIndex(s.template).get(s.editingText) : undefined));
  const viewport = useEditor(store, (s) => s.viewport);
  if (!id || element?.type !== 'text') return null;
  return <TextArea key={id} parts={parts} element={element} viewport={viewport} />;
}

function TextArea({ parts, element, viewport }: { parts: CanvasParts; element: TextElement; viewport: Viewport }) {
  const { store } = parts;
  const kit = useEditor(store, (s) => s.brandKit);
  const [draft, setDraft] = useState(element.text);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    const area = ref.current;
    area?.focus();
    area?.select();
  }, []);

  const commit = () => {
    if (done.current) return;
    done.current = true;
    const area = ref.current;
    if (area) parts.textCaret = { id: element.id, start: area.selectionStart, end: area.selectionEnd, text: draft };
    if (draft !== element.text) store.run('Edit text', (t) => updateElement(t, element.id, { text: draft }));
    store.editText(undefined);
  };

  const d = TEXT_DEFAULTS;
  const { zoom } = viewport;
  const fontSize = (element.fontSize ?? d.fontSize) * zoom;
  const style: CSSProperties = {
    left: viewport.x + element.x * zoom,
    top: viewport.y + element.y * zoom,
    width: Math.max(40, element.width * zoom),
    height: Math.max(fontSize * 1.6, element.height * zoom),
    transform: element.rotation ? `rotate(${element.rotation}deg)` : undefined,
    fontFamily: `"${resolveFont(element.fontFamily, kit, d.fontFamily)}"`,
    fontWeight: element.fontWeight ?? d.fontWeight,
    fontStyle: element.italic ? 'italic' : 'normal',
    fontSize,
    lineHeight: element.lineHeight ?? d.lineHeight,
    letterSpacing: (element.letterSpacing ?? d.letterSpacing) * zoom,
    textAlign: element.align ?? d.align,
    color: resolveColour(element.fill, kit, d.fill),
    whiteSpace: element.wrap === false ? 'pre' : 'pre-wrap',
  };
  return (
    <textarea
      ref={ref}
      className="inline-text-editor"
      aria-label="Edit text"
      style={style}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}
