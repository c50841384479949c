import { updateElement, type ElementPatch } from '../../../shared/template/edit';
import type { TemplateElement } from '../../../shared/template/model';
import { CheckboxField, NumberField, TextField } from '../../editing/fields';
import type { TemplateEditorStore } from '../store/TemplateEditorStore';

/** What every element has: name, box, rotation, opacity, and the lock and visibility flags. */
export function CommonProperties({ store, element }: { store: TemplateEditorStore; element: TemplateElement }) {
  const edit = (label: string, patch: ElementPatch) => store.run(label, (t) => updateElement(t, element.id, patch));
  const number = (label: string, key: 'x' | 'y' | 'width' | 'height', min = -Infinity) => (
    <NumberField label={label} value={element[key]} min={min} step={1} onCommit={(v) => v !== undefined && edit(`Set ${label.toLowerCase()}`, { [key]: v })} />
  );
  return (
    <div className="field-group">
      <TextField label="Name" value={element.name ?? ''} placeholder="(unnamed)" onCommit={(name) => edit('Rename element', { name: name.trim() || undefined })} />
      <div className="field-grid">
        {number('X', 'x')}
        {number('Y', 'y')}
        {number('Width', 'width', 0)}
        {number('Height', 'height', 0)}
        <NumberField label="Rotation" value={element.rotation ?? 0} min={-360} onCommit={(v) => edit('Rotate', { rotation: v ? ((v % 360) + 360) % 360 : undefined })} />
        <NumberField label="Opacity (%)" value={Math.round((element.opacity ?? 1) * 100)} min={0} onCommit={(v) => edit('Set opacity', { opacity: v === undefined || v >= 100 ? undefined : Math.max(0, v) / 100 })} />
      </div>
      <div className="field-row">
        <CheckboxField label="Locked" checked={element.locked ?? false} onChange={(locked) => edit(locked ? 'Lock' : 'Unlock', { locked: locked || undefined })} />
        <CheckboxField label="Hidden" checked={element.hidden ?? false} onChange={(hidden) => edit(hidden ? 'Hide' : 'Show', { hidden: hidden || undefined })} />
      </div>
    </div>
  );
}
