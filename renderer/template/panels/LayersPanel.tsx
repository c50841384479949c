import { memo, useEffect, useRef, useState, type MouseEvent } from 'react';
import { updateElement } from '../../../shared/template/edit';
import type { TemplateElement } from '../../../shared/template/model';
import { shownTemplate, useEditor, type TemplateEditorStore } from '../store/TemplateEditorStore';
import { elementLabel, TYPE_LABEL } from './elementLabel';
import { EyeIcon, LockIcon } from './icons';

const ROW_HEIGHT = 30;
/** Rows drawn above and below what shows, so a quick scroll does not flash empty rows. */
const OVERSCAN = 10;

/**
 * The elements front to back: click to select (Shift to add), and lock or hide each one. Only the rows in
 * view are in the DOM, so a template of 2,000 elements costs the same as one of 20.
 */
export function LayersPanel({ store }: { store: TemplateEditorStore }) {
  const elements = useEditor(store, (s) => shownTemplate(s).elements);
  const selection = useEditor(store, (s) => s.selection);
  const readOnly = useEditor(store, (s) => s.preview !== undefined);
  const [view, setView] = useState({ top: 0, height: 600 });
  const scroller = useRef<HTMLDivElement>(null);
  // The list's height, measured when the browser lays the page out anyway: reading it while React commits
  // (a ref callback did, on every render) made the browser lay out the whole editor there and then, 9 ms
  // on each selection change in a 500-element template.
  useEffect(() => {
    const el = scroller.current!;
    const observer = new ResizeObserver(() => setView((v) => (Math.abs(el.clientHeight - v.height) > 1 ? { top: el.scrollTop, height: el.clientHeight } : v)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const frontFirst = [...elements].reverse();
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(frontFirst.length, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);

  return (
    <section aria-label="Layers" className="side-panel layers-panel">
      <h2>
        Layers <span className="muted">{elements.length}</span>
      </h2>
      <div
        className="layers-scroll"
        ref={scroller}
        onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
      >
        <ol style={{ height: frontFirst.length * ROW_HEIGHT, position: 'relative' }}>
          {frontFirst.slice(first, last).map((element, i) => (
            <LayerRow key={element.id} store={store} element={element} selected={selection.has(element.id)} readOnly={readOnly} top={(first + i) * ROW_HEIGHT} />
          ))}
        </ol>
      </div>
      {elements.length === 0 && <p className="empty">No elements yet: add text, an image or a shape from the toolbar.</p>}
    </section>
  );
}

const LayerRow = memo(function LayerRow({ store, element, selected, readOnly, top }: { store: TemplateEditorStore; element: TemplateElement; selected: boolean; readOnly: boolean; top: number }) {
  const label = elementLabel(element);
  const select = (e: MouseEvent) => (e.shiftKey ? store.toggle([element.id]) : store.select([element.id]));
  const flag = (key: 'locked' | 'hidden', on: boolean, verb: string) => store.run(verb, (t) => updateElement(t, element.id, { [key]: on || undefined }));
  return (
    <li className={`layer-row${selected ? ' selected' : ''}${element.hidden ? ' is-hidden' : ''}`} style={{ top, height: ROW_HEIGHT }}>
      <button className="layer-name" aria-pressed={selected} onClick={select} title={`${TYPE_LABEL[element.type]}: ${label}`}>
        <span className="layer-type" aria-hidden="true">
          {TYPE_LABEL[element.type]}{' '}
        </span>
        {label}
        {element.groupId && (
          <span className="layer-group" aria-hidden="true">
            {' '}
            · {element.groupId}
          </span>
        )}
      </button>
      <button className="layer-flag" aria-label={`${element.locked ? 'Unlock' : 'Lock'} ${label}`} aria-pressed={element.locked ?? false} disabled={readOnly} onClick={() => flag('locked', !element.locked, element.locked ? 'Unlock' : 'Lock')}>
        <LockIcon locked={element.locked ?? false} />
      </button>
      <button className="layer-flag" aria-label={`${element.hidden ? 'Show' : 'Hide'} ${label}`} aria-pressed={element.hidden ?? false} disabled={readOnly} onClick={() => flag('hidden', !element.hidden, element.hidden ? 'Show' : 'Hide')}>
        <EyeIcon hidden={element.hidden ?? false} />
      </button>
    </li>
  );
});
