import { useEffect, useState } from 'react';

/**
 * Inputs that commit when the person is done (blur or Enter), so one field edit is one undo step, not
 * one per keystroke. They follow outside changes (undo, another selection) when not being edited.
 */
export function TextField({ label, value, onCommit, multiline, placeholder }: { label: string; value: string; onCommit: (value: string) => void; multiline?: boolean; placeholder?: string }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => draft !== value && onCommit(draft);
  const common = { value: draft, placeholder, onChange: (e: { target: { value: string } }) => setDraft(e.target.value), onBlur: commit };
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur()} />
      )}
    </label>
  );
}

export function NumberField({ label, value, onCommit, min = 0, step = 1 }: { label: string; value: number | undefined; onCommit: (value: number | undefined) => void; min?: number; step?: number }) {
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  useEffect(() => setDraft(value === undefined ? '' : String(value)), [value]);
  const commit = () => {
    const next = draft.trim() === '' ? undefined : Number(draft);
    if (next !== undefined && (!Number.isFinite(next) || next < min)) return setDraft(value === undefined ? '' : String(value));
    if (next !== value) onCommit(next);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input type="number" min={min} step={step} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} />
    </label>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange }: { label: string; value: T | ''; options: readonly { value: T | ''; label: string }[]; onChange: (value: T | '') => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T | '')}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CheckboxField({ label, checked, onChange, disabled }: { label: string; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  return (
    <label className="field-inline">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}
