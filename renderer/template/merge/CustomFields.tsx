import { useState } from 'react';
import type { TemplateBody } from '../../../shared/template/model';
import type { TemplateEditorStore } from '../store/TemplateEditorStore';
import { customPath } from './fields';

const NAME = /^[A-Za-z][\w-]{0,60}$/;

/** The template's own merge fields (`{{custom.cohort}}`), beside the standard ones. */
export function CustomFields({ store, template }: { store: TemplateEditorStore; template: TemplateBody }) {
  const [draft, setDraft] = useState('');
  const fields = template.customFields ?? [];
  const valid = NAME.test(draft) && !fields.includes(draft);
  const add = () => {
    if (!valid) return;
    store.run('Add custom field', (t) => ({ ...t, customFields: [...(t.customFields ?? []), draft] }));
    setDraft('');
  };
  const remove = (name: string) =>
    store.run('Remove custom field', (t) => {
      const rest = (t.customFields ?? []).filter((f) => f !== name);
      const { customFields: _gone, ...without } = t;
      return rest.length ? { ...t, customFields: rest } : without;
    });
  return (
    <fieldset>
      <legend>Custom fields</legend>
      <ul className="custom-fields">
        {fields.map((name) => (
          <li key={name}>
            <code>{`{{${customPath(name)}}}`}</code>
            <button aria-label={`Remove custom field ${name}`} onClick={() => remove(name)}>×</button>
          </li>
        ))}
      </ul>
      <div className="row-actions">
        <input aria-label="New custom field" placeholder="e.g. cohort" value={draft} onChange={(e) => setDraft(e.target.value.trim())} onKeyDown={(e) => e.key === 'Enter' && add()} />
        <button onClick={add} disabled={!valid}>Add field</button>
      </div>
    </fieldset>
  );
}
