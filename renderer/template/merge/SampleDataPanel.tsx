import { templateSamples } from '../../../shared/template/layout';
import { fieldsIn } from '../../../shared/template/mergeFields';
import type { TemplateBody } from '../../../shared/template/model';
import { TextField } from '../../editing/fields';
import { shownTemplate, useEditor, type TemplateEditorStore } from '../store/TemplateEditorStore';
import { fieldChoices } from './fields';

/** The fields a template uses, in order of first use, then its declared custom fields. */
function usedFields(template: TemplateBody): string[] {
  const used: string[] = [];
  for (const e of template.elements) if (e.type === 'text' || e.type === 'qr') used.push(...fieldsIn(e.text ?? ''));
  used.push(...(template.customFields ?? []).map((name) => `custom.${name}`));
  return [...new Set(used)];
}

/**
 * The sample values the preview fills the fields with, editable; they are saved with the template
 * (`sampleData`) and used wherever real data leaves a field out. A value set back to the standard
 * sample stops being stored.
 */
export function SampleDataPanel({ store }: { store: TemplateEditorStore }) {
  const template = useEditor(store, shownTemplate);
  const issuer = useEditor(store, (s) => s.issuer);
  const samples = templateSamples(template, issuer);
  const standard = templateSamples({ ...template, sampleData: undefined }, issuer);
  const labels = new Map(fieldChoices(template).map((f) => [f.path, f.label]));
  const fields = usedFields(template);
  const set = (path: string, value: string) =>
    store.run('Edit sample data', (t) => {
      const next = { ...t.sampleData };
      if (value === standard[path] || (value === '' && standard[path] === undefined)) delete next[path];
      else next[path] = value;
      const { sampleData: _old, ...rest } = t;
      return Object.keys(next).length ? { ...rest, sampleData: next } : rest;
    });
  return (
    <section aria-label="Sample data" className="side-panel sample-data">
      <h2>Sample data</h2>
      {fields.length === 0 ? (
        <p className="empty">This template uses no merge fields yet: insert one with “Insert field”.</p>
      ) : (
        fields.map((path) => <TextField key={path} label={labels.get(path) ?? path} value={samples[path] ?? ''} placeholder={`{{${path}}}`} onCommit={(value) => set(path, value)} />)
      )}
    </section>
  );
}
