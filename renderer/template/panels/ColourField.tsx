import { useCallback, useEffect, useRef, useState } from 'react';
import { resolveColour, type BrandKitBody } from '../../../shared/template/brandKit';

const HEX = /^#[0-9a-f]{6}$/i;
const asHex = (value: string) => (HEX.test(value) ? value : /^#[0-9a-f]{3}$/i.test(value) ? `#${[...value.slice(1)].map((c) => c + c).join('')}` : '#000000');

/**
 * A colour: a swatch picker, the value as text (any CSS colour, `transparent`, or `brand:<name>`), and the
 * brand kit's colours to choose from, which keep following the kit when it changes.
 */
export function ColourField({ label, value, fallback, kit, onCommit }: { label: string; value: string | undefined; fallback: string; kit: BrandKitBody | undefined; onCommit: (value: string | undefined) => void }) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const shown = resolveColour(value, kit, fallback);
  const commit = (next: string) => {
    const trimmed = next.trim();
    if (trimmed !== (value ?? '')) onCommit(trimmed === '' ? undefined : trimmed);
  };
  const brandColours = Object.keys(kit?.colours ?? {});
  // The swatch commits on its native `change` (the picker closing), not on every `input` while dragging.
  const latest = useRef(commit);
  latest.current = commit;
  const swatch = useCallback((input: HTMLInputElement | null) => {
    if (!input) return;
    const changed = () => latest.current(input.value);
    input.addEventListener('change', changed);
    return () => input.removeEventListener('change', changed);
  }, []);
  return (
    <fieldset className="colour-field">
      <legend>{label}</legend>
      <input ref={swatch} key={asHex(shown)} type="color" aria-label={`${label} swatch`} defaultValue={asHex(shown)} onChange={(e) => setDraft(e.target.value)} />
      <input aria-label={label} value={draft} placeholder={fallback} onChange={(e) => setDraft(e.target.value)} onBlur={() => commit(draft)} onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} />
      {brandColours.length > 0 && (
        <select aria-label={`${label} from the brand kit`} value={value?.startsWith('brand:') ? value : ''} onChange={(e) => e.target.value && commit(e.target.value)}>
          <option value="">Brand colour…</option>
          {brandColours.map((name) => (
            <option key={name} value={`brand:${name}`}>
              {name}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
