import type { BrandKitBody } from '../../../shared/template/brandKit';
import { updateElement, type ElementPatch } from '../../../shared/template/edit';
import { QR_DEFAULTS } from '../../../shared/template/layout';
import { MAX_QR_BYTES } from '../../../shared/template/layout/qrPath';
import type { TemplateElement } from '../../../shared/template/model';
import { attempt } from '../../app/Notices';
import { SelectField, TextField } from '../../editing/fields';
import { pickImageFile, storeImage } from '../assets/addImage';
import type { TemplateEditorStore } from '../store/TemplateEditorStore';
import { ColourField } from './ColourField';

type Of<T extends TemplateElement['type']> = Extract<TemplateElement, { type: T }>;

/** Chooses the picture of an image or signature: a file (stored once in the workspace), or a logo that follows the issuer or the kit. */
function PictureSource({ store, element, kit, label }: { store: TemplateEditorStore; element: Of<'image'> | Of<'signature'>; kit: BrandKitBody | undefined; label: string }) {
  const edit = (patch: ElementPatch) => store.run(`Set ${label.toLowerCase()}`, (t) => updateElement(t, element.id, patch));
  const tokens = [
    { value: '', label: element.asset && !element.asset.includes(':') ? 'Stored image' : 'None' },
    { value: 'issuer:logo', label: 'Issuer logo' },
    ...(kit?.logos ?? []).map((_, i) => ({ value: i === 0 ? 'brand:logo' : `brand:logo-${i + 1}`, label: `Brand logo ${i + 1}` })),
  ];
  const choose = async () => {
    const file = await pickImageFile();
    const stored = file && (await storeImage(file));
    if (stored) edit({ asset: stored.sha256 });
  };
  return (
    <div className="field-group">
      <SelectField label={label} value={element.asset?.includes(':') ? element.asset : ''} options={tokens} onChange={(asset) => edit({ asset: asset || undefined })} />
      <div className="row-actions">
        <button onClick={() => void attempt(choose)}>Choose file…</button>
        {element.asset && <button onClick={() => edit({ asset: undefined })}>Remove</button>}
      </div>
    </div>
  );
}

export function ImageProperties({ store, element, kit }: { store: TemplateEditorStore; element: Of<'image'>; kit: BrandKitBody | undefined }) {
  return (
    <fieldset>
      <legend>Image</legend>
      <PictureSource store={store} element={element} kit={kit} label="Picture" />
      <SelectField
        label="Fit"
        value={element.fit ?? 'contain'}
        options={[
          { value: 'contain', label: 'Fit inside (contain)' },
          { value: 'cover', label: 'Fill and crop (cover)' },
          { value: 'fill', label: 'Stretch (fill)' },
        ]}
        onChange={(fit) => store.run('Set image fit', (t) => updateElement(t, element.id, { fit: fit || undefined }))}
      />
    </fieldset>
  );
}

export function SignatureProperties({ store, element, kit }: { store: TemplateEditorStore; element: Of<'signature'>; kit: BrandKitBody | undefined }) {
  return (
    <fieldset>
      <legend>Signature</legend>
      <TextField label="Signer" value={element.signer ?? ''} placeholder="Name or role under the line" onCommit={(signer) => store.run('Set signer', (t) => updateElement(t, element.id, { signer: signer.trim() || undefined }))} />
      <PictureSource store={store} element={element} kit={kit} label="Signature image" />
    </fieldset>
  );
}

export function QrProperties({ store, element, kit }: { store: TemplateEditorStore; element: Of<'qr'>; kit: BrandKitBody | undefined }) {
  const edit = (label: string, patch: ElementPatch) => store.run(label, (t) => updateElement(t, element.id, patch));
  const text = element.text ?? QR_DEFAULTS.text;
  const tooLong = new TextEncoder().encode(text).length > MAX_QR_BYTES;
  return (
    <fieldset>
      <legend>QR code</legend>
      <TextField label="Content" multiline value={text} onCommit={(value) => edit('Set QR content', { text: value })} />
      {tooLong && <p className="field-error">This is longer than a QR code can hold ({MAX_QR_BYTES} bytes).</p>}
      <ColourField label="Dark modules" value={element.fill} fallback={QR_DEFAULTS.fill} kit={kit} onCommit={(fill) => edit('Set QR colour', { fill })} />
      <ColourField label="Background" value={element.background} fallback={QR_DEFAULTS.background} kit={kit} onCommit={(background) => edit('Set QR background', { background })} />
    </fieldset>
  );
}
