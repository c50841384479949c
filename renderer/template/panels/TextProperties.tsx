import type { BrandKitBody } from '../../../shared/template/brandKit';
import { updateElement, type ElementPatch } from '../../../shared/template/edit';
import { FONT_FAMILIES } from '../../../shared/template/fonts';
import { TEXT_DEFAULTS } from '../../../shared/template/layout';
import type { TextElement } from '../../../shared/template/model';
import { CheckboxField, NumberField, SelectField, TextField } from '../../editing/fields';
import type { TemplateEditorStore } from '../store/TemplateEditorStore';
import { ColourField } from './ColourField';

const d = TEXT_DEFAULTS;

/** A text element's words and typography: font, size, weight, style, colour, alignment, spacing, fitting. */
export function TextProperties({ store, element, kit }: { store: TemplateEditorStore; element: TextElement; kit: BrandKitBody | undefined }) {
  const edit = (label: string, patch: ElementPatch) => store.run(label, (t) => updateElement(t, element.id, patch));
  const fonts = [
    ...(kit ? [{ value: 'brand:heading', label: `Brand heading (${kit.fonts.heading})` }, { value: 'brand:body', label: `Brand body (${kit.fonts.body})` }] : []),
    ...FONT_FAMILIES.map((f) => ({ value: f, label: f })),
  ];
  return (
    <fieldset>
      <legend>Text</legend>
      <TextField label="Text" multiline value={element.text} onCommit={(text) => edit('Edit text', { text })} />
      <SelectField label="Font" value={element.fontFamily ?? d.fontFamily} options={fonts} onChange={(fontFamily) => edit('Set font', { fontFamily: fontFamily || undefined })} />
      <div className="field-grid">
        <NumberField label="Size (pt)" value={element.fontSize ?? d.fontSize} min={1} onCommit={(fontSize) => edit('Set font size', { fontSize })} />
        <SelectField
          label="Weight"
          value={String(element.fontWeight ?? d.fontWeight) as '400' | '700'}
          options={[
            { value: '400', label: 'Regular' },
            { value: '700', label: 'Bold' },
          ]}
          onChange={(w) => edit('Set weight', { fontWeight: w === '700' ? 700 : undefined })}
        />
        <SelectField
          label="Align"
          value={element.align ?? d.align}
          options={[
            { value: 'left', label: 'Left' },
            { value: 'center', label: 'Centre' },
            { value: 'right', label: 'Right' },
          ]}
          onChange={(align) => edit('Align text', { align: align || undefined })}
        />
        <SelectField
          label="Vertical align"
          value={element.verticalAlign ?? d.verticalAlign}
          options={[
            { value: 'top', label: 'Top' },
            { value: 'middle', label: 'Middle' },
            { value: 'bottom', label: 'Bottom' },
          ]}
          onChange={(verticalAlign) => edit('Align text', { verticalAlign: verticalAlign || undefined })}
        />
        <NumberField label="Line height" value={element.lineHeight ?? d.lineHeight} min={0.5} step={0.05} onCommit={(lineHeight) => edit('Set line height', { lineHeight })} />
        <NumberField label="Letter spacing (pt)" value={element.letterSpacing ?? d.letterSpacing} min={-50} step={0.5} onCommit={(letterSpacing) => edit('Set letter spacing', { letterSpacing: letterSpacing || undefined })} />
      </div>
      <ColourField label="Colour" value={element.fill} fallback={d.fill} kit={kit} onCommit={(fill) => edit('Set text colour', { fill })} />
      <div className="field-row">
        <CheckboxField label="Italic" checked={element.italic ?? false} onChange={(italic) => edit('Set italic', { italic: italic || undefined })} />
        <CheckboxField label="Wrap" checked={element.wrap ?? d.wrap} onChange={(wrap) => edit('Set wrap', { wrap: wrap ? undefined : false })} />
        <CheckboxField label="Shrink to fit" checked={element.shrinkToFit ?? d.shrinkToFit} onChange={(shrinkToFit) => edit('Set shrink to fit', { shrinkToFit: shrinkToFit || undefined })} />
      </div>
    </fieldset>
  );
}
