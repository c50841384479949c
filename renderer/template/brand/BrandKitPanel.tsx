import { useCallback, useEffect, useState } from 'react';
import type { DesignSummary } from '../../../shared/documents';
import type { BrandKitBody } from '../../../shared/template/brandKit';
import { FONT_FAMILIES } from '../../../shared/template/fonts';
import { api, unwrap } from '../../api/client';
import { attempt, notify } from '../../app/Notices';
import { SelectField } from '../../editing/fields';
import { pickImageFile, storeImage } from '../assets/addImage';
import { useAssetImage } from '../assets/assetImages';
import { ColourField } from '../panels/ColourField';
import { useEditor, type TemplateEditorStore } from '../store/TemplateEditorStore';
import { rememberBrandKit } from './workspaceLoaders';

const COLOUR_NAME = /^[a-z][a-z0-9-]{0,49}$/;
const fontOptions = FONT_FAMILIES.map((f) => ({ value: f, label: f }));

/**
 * The template's brand kit: choose one (the template restyles at once: `brand:` colours and the heading and
 * body fonts follow the kit), create one, and edit the chosen kit, which restyles every template using it.
 */
export function BrandKitPanel({ store }: { store: TemplateEditorStore }) {
  const kitId = useEditor(store, (s) => s.template.brandKitId);
  const kit = useEditor(store, (s) => s.brandKit);
  const readOnly = useEditor(store, (s) => s.preview !== undefined);
  const [kits, setKits] = useState<DesignSummary[]>([]);
  const [newName, setNewName] = useState('');
  const [newColour, setNewColour] = useState('');

  const refresh = useCallback(() => attempt(async () => setKits(unwrap(await api.listDesigns({})).designs.filter((d) => d.kind === 'brandKit'))), []);
  useEffect(() => void refresh(), [refresh]);

  const use = (id: string | undefined) =>
    store.run(id ? 'Use brand kit' : 'Remove brand kit', (t) => {
      const { brandKitId: _old, ...rest } = t;
      return id ? { ...rest, brandKitId: id } : rest;
    });

  const create = async () => {
    const name = newName.trim();
    if (!name) return;
    const created = unwrap(await api.createDesign({ kind: 'brandKit', name }));
    setNewName('');
    await refresh();
    use(created.id);
    notify('info', `Created the brand kit “${created.name}”.`);
  };

  const saveKit = async (label: string, body: BrandKitBody) => {
    if (!kitId) return;
    unwrap(await api.saveDesign({ id: kitId, body, summary: label }));
    rememberBrandKit(kitId, body);
    store.setBrandKit(body);
  };

  return (
    <section aria-label="Brand kit" className="side-panel brand-kit-panel">
      <h2>Brand kit</h2>
      <SelectField
        label="Brand kit"
        value={kitId ?? ''}
        options={[{ value: '', label: 'None' }, ...kits.map((k) => ({ value: k.id, label: k.name }))]}
        onChange={(id) => !readOnly && use(id || undefined)}
      />
      {kit && kitId && (
        <div className="field-group">
          <p className="muted">Changes to a kit restyle every template that uses it. Use its colours as “Brand colour…” in any colour field.</p>
          <div className="field-grid">
            <SelectField label="Heading font" value={kit.fonts.heading} options={fontOptions} onChange={(heading) => heading && void attempt(() => saveKit('Set heading font', { ...kit, fonts: { ...kit.fonts, heading } }))} />
            <SelectField label="Body font" value={kit.fonts.body} options={fontOptions} onChange={(body) => body && void attempt(() => saveKit('Set body font', { ...kit, fonts: { ...kit.fonts, body } }))} />
          </div>
          {Object.entries(kit.colours).map(([name, value]) => (
            <ColourField key={name} label={`Kit colour ${name}`} value={value} fallback="#000000" kit={undefined} onCommit={(next) => next && void attempt(() => saveKit(`Set ${name}`, { ...kit, colours: { ...kit.colours, [name]: next } }))} />
          ))}
          <KitLogos kit={kit} onChange={(logos, label) => void attempt(() => saveKit(label, { ...kit, logos }))} />
          <div className="row-actions">
            <input aria-label="New kit colour name" placeholder="e.g. accent" value={newColour} onChange={(e) => setNewColour(e.target.value.trim().toLowerCase())} />
            <button
              disabled={!COLOUR_NAME.test(newColour) || newColour in kit.colours}
              onClick={() => void attempt(() => saveKit(`Add ${newColour}`, { ...kit, colours: { ...kit.colours, [newColour]: '#888888' } })).then(() => setNewColour(''))}
            >
              Add colour
            </button>
          </div>
        </div>
      )}
      <fieldset>
        <legend>New brand kit</legend>
        <label className="field">
          <span>Kit name</span>
          <input value={newName} placeholder="e.g. Northwind" onChange={(e) => setNewName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void attempt(create)} />
        </label>
        <button disabled={readOnly || !newName.trim()} onClick={() => void attempt(create)}>
          Create brand kit
        </button>
      </fieldset>
    </section>
  );
}

/** The kit's logos: images use them as `brand:logo` (the first), `brand:logo-2`… and follow the kit. */
function KitLogos({ kit, onChange }: { kit: BrandKitBody; onChange: (logos: string[], label: string) => void }) {
  const add = async () => {
    const file = await pickImageFile();
    const stored = file && (await storeImage(file));
    if (stored) onChange([...kit.logos, stored.sha256], 'Add logo');
  };
  return (
    <fieldset>
      <legend>Logos</legend>
      <ul className="kit-logos">
        {kit.logos.map((logo, i) => (
          <li key={`${logo}-${i}`}>
            <KitLogo asset={logo} label={`Brand logo ${i + 1}`} />
            <button aria-label={`Remove brand logo ${i + 1}`} onClick={() => onChange(kit.logos.filter((_, j) => j !== i), 'Remove logo')}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <button onClick={() => void attempt(add)}>Add logo…</button>
    </fieldset>
  );
}

function KitLogo({ asset, label }: { asset: string; label: string }) {
  const image = useAssetImage(/^[0-9a-f]{64}$/.test(asset) ? asset : undefined);
  return image ? <img src={image.src} alt={label} height={32} /> : <span className="muted">{label}</span>;
}
