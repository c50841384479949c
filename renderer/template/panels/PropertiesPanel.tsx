import { assertNever } from '../../../shared/assertNever';
import type { BrandKitBody } from '../../../shared/template/brandKit';
import type { TemplateElement } from '../../../shared/template/model';
import type { TemplateContext } from '../commands/context';
import { shownTemplate, useEditor, type TemplateEditorStore } from '../store/TemplateEditorStore';
import { ArrangeSection } from './ArrangeSection';
import { CommonProperties } from './CommonProperties';
import { ImageProperties, QrProperties, SignatureProperties } from './MediaProperties';
import { PageProperties } from './PageProperties';
import { LineProperties, ShapeProperties } from './ShapeProperties';
import { TextProperties } from './TextProperties';

/** Everything about the selection: one element (by type), several (arrange them), or the page itself. */
export function PropertiesPanel({ ctx }: { ctx: TemplateContext }) {
  const { store } = ctx;
  const template = useEditor(store, shownTemplate);
  const selection = useEditor(store, (s) => s.selection);
  const kit = useEditor(store, (s) => s.brandKit);
  const selected = template.elements.filter((e) => selection.has(e.id));
  const one = selected.length === 1 ? selected[0] : undefined;
  return (
    <section aria-label="Properties" className="side-panel properties-panel">
      <h2>Properties</h2>
      {one ? (
        <>
          <CommonProperties key={`common-${one.id}`} store={store} element={one} />
          <TypeProperties key={one.id} store={store} element={one} kit={kit} />
          <ArrangeSection ctx={ctx} />
        </>
      ) : selected.length > 1 ? (
        <>
          <p className="muted">{selected.length} elements selected.</p>
          <ArrangeSection ctx={ctx} />
        </>
      ) : (
        <PageProperties store={store} template={template} kit={kit} />
      )}
    </section>
  );
}

function TypeProperties({ store, element, kit }: { store: TemplateEditorStore; element: TemplateElement; kit: BrandKitBody | undefined }) {
  switch (element.type) {
    case 'text':
      return <TextProperties store={store} element={element} kit={kit} />;
    case 'rect':
    case 'ellipse':
    case 'star':
    case 'polygon':
      return <ShapeProperties store={store} element={element} kit={kit} />;
    case 'line':
      return <LineProperties store={store} element={element} kit={kit} />;
    case 'image':
      return <ImageProperties store={store} element={element} kit={kit} />;
    case 'signature':
      return <SignatureProperties store={store} element={element} kit={kit} />;
    case 'qr':
      return <QrProperties store={store} element={element} kit={kit} />;
    default:
      return assertNever(element, 'element type');
  }
}
