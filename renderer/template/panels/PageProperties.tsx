import type { BrandKitBody } from '../../../shared/template/brandKit';
import { setPage } from '../../../shared/template/edit';
import { roundPt } from '../../../shared/template/geometry';
import { A4_LANDSCAPE, BADGE_SIZE, PAPER, type PageShape, type TemplateBody, type TemplateKind } from '../../../shared/template/model';
import { NumberField, SelectField } from '../../editing/fields';
import { CustomFields } from '../merge/CustomFields';
import type { TemplateEditorStore } from '../store/TemplateEditorStore';
import { ColourField } from './ColourField';

type Paper = keyof typeof PAPER | 'custom';
const near = (a: number, b: number) => Math.abs(a - b) < 0.5;

function paperOf(page: TemplateBody['page']): Paper {
  for (const [name, size] of Object.entries(PAPER) as [keyof typeof PAPER, { width: number; height: number }][]) {
    if ((near(page.width, size.width) && near(page.height, size.height)) || (near(page.width, size.height) && near(page.height, size.width))) return name;
  }
  return 'custom';
}

/** The page a new kind starts with: A4 landscape for a certificate, a 600 pt circle for a badge. */
function pageFor(kind: TemplateKind, page: TemplateBody['page']): TemplateBody['page'] {
  return kind === 'certificate'
    ? { ...page, ...A4_LANDSCAPE, shape: 'rectangle' }
    : { ...page, width: BADGE_SIZE, height: BADGE_SIZE, shape: 'circle' };
}

/** With nothing selected, Properties shows the template itself: its kind, page, background and fields. */
export function PageProperties({ store, template, kit }: { store: TemplateEditorStore; template: TemplateBody; kit: BrandKitBody | undefined }) {
  const { page } = template;
  const edit = (label: string, patch: Partial<TemplateBody['page']>) => store.run(label, (t) => setPage(t, patch));
  const paper = paperOf(page);
  const landscape = page.width >= page.height;
  return (
    <div className="field-group">
      <SelectField
        label="Template kind"
        value={template.templateKind}
        options={[
          { value: 'certificate', label: 'Certificate' },
          { value: 'badge', label: 'Badge' },
        ]}
        onChange={(kind) => kind && kind !== template.templateKind && store.run('Change template kind', (t) => ({ ...t, templateKind: kind, page: pageFor(kind, t.page) }))}
      />
      {template.templateKind === 'certificate' ? (
        <>
          <div className="field-grid">
            <SelectField
              label="Paper"
              value={paper}
              options={[
                { value: 'A4', label: 'A4' },
                { value: 'Letter', label: 'US Letter' },
                { value: 'custom', label: 'Custom' },
              ]}
              onChange={(name) => {
                if (!name || name === 'custom') return;
                const size = PAPER[name];
                edit(`Set paper to ${name}`, landscape ? { width: size.height, height: size.width } : { ...size });
              }}
            />
            <SelectField
              label="Orientation"
              value={landscape ? 'landscape' : 'portrait'}
              options={[
                { value: 'landscape', label: 'Landscape' },
                { value: 'portrait', label: 'Portrait' },
              ]}
              onChange={(o) => o && (o === 'landscape') !== landscape && edit('Turn the page', { width: page.height, height: page.width })}
            />
          </div>
          <div className="field-grid">
            <NumberField label="Page width (pt)" value={roundPt(page.width)} min={10} onCommit={(width) => width && edit('Set page width', { width })} />
            <NumberField label="Page height (pt)" value={roundPt(page.height)} min={10} onCommit={(height) => height && edit('Set page height', { height })} />
          </div>
        </>
      ) : (
        <div className="field-grid">
          <SelectField<PageShape>
            label="Badge shape"
            value={page.shape === 'rectangle' || !page.shape ? 'square' : page.shape}
            options={[
              { value: 'square', label: 'Square' },
              { value: 'circle', label: 'Circle' },
              { value: 'shield', label: 'Shield' },
            ]}
            onChange={(shape) => shape && edit('Set badge shape', { shape, height: page.width })}
          />
          <NumberField label="Badge size (pt)" value={roundPt(page.width)} min={10} onCommit={(size) => size && edit('Set badge size', { width: size, height: size })} />
        </div>
      )}
      <ColourField label="Background" value={page.background} fallback="#ffffff" kit={kit} onCommit={(background) => edit('Set background', { background })} />
      <CustomFields store={store} template={template} />
      <p className="muted">{template.elements.length} elements</p>
    </div>
  );
}
