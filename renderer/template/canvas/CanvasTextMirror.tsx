import { memo } from 'react';
import type { TemplateElement } from '../../../shared/template/model';
import { shownTemplate, useEditor, type TemplateEditorStore } from '../store/TemplateEditorStore';
import { lookOf } from './look';

/**
 * The words on the canvas as text, for screen readers (a canvas is an image to them) and for tests: each
 * visible text element as the canvas shows it, fields filled in the sample preview, top to bottom.
 */
export const CanvasTextMirror = memo(function CanvasTextMirror({ store }: { store: TemplateEditorStore }) {
  const elements = useEditor(store, (s) => shownTemplate(s).elements);
  const look = useEditor(store, lookOf);
  const texts = elements
    .filter((e): e is Extract<TemplateElement, { type: 'text' }> => e.type === 'text' && !e.hidden && e.text.trim() !== '')
    .sort((a, b) => a.y - b.y || a.x - b.x);
  return (
    <ul className="visually-hidden" aria-label="Text on the canvas">
      {texts.map((e) => (
        <li key={e.id}>{look.shown(e.text)}</li>
      ))}
    </ul>
  );
});
