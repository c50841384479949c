import type { BrandKitBody } from '../../../shared/template/brandKit';
import { changeShapeKind, replaceElement, SHAPE_TYPES, updateElement, type ElementPatch, type ShapeType } from '../../../shared/template/edit';
import { SHAPE_DEFAULTS } from '../../../shared/template/layout';
import type { TemplateElement } from '../../../shared/template/model';
import { NumberField, SelectField } from '../../editing/fields';
import type { TemplateEditorStore } from '../store/TemplateEditorStore';
import { ColourField } from './ColourField';
import { TYPE_LABEL } from './elementLabel';

type Shape = Extract<TemplateElement, { type: ShapeType }>;
type Line = Extract<TemplateElement, { type: 'line' }>;

/** Rectangle, ellipse, star and polygon: which shape it is, its paint, corners, points and sides. */
export function ShapeProperties({ store, element, kit }: { store: TemplateEditorStore; element: Shape; kit: BrandKitBody | undefined }) {
  const edit = (label: string, patch: ElementPatch) => store.run(label, (t) => updateElement(t, element.id, patch));
  return (
    <fieldset>
      <legend>Shape</legend>
      <SelectField
        label="Shape"
        value={element.type}
        options={SHAPE_TYPES.map((type) => ({ value: type, label: TYPE_LABEL[type] }))}
        onChange={(type) => type && store.run('Change shape', (t) => replaceElement(t, changeShapeKind(element, type)))}
      />
      <ColourField label="Fill" value={element.fill} fallback="transparent" kit={kit} onCommit={(fill) => edit('Set fill', { fill })} />
      <ColourField label="Stroke" value={element.stroke} fallback="transparent" kit={kit} onCommit={(stroke) => edit('Set stroke', { stroke })} />
      <div className="field-grid">
        <NumberField label="Stroke width" value={element.strokeWidth ?? SHAPE_DEFAULTS.strokeWidth} step={0.5} onCommit={(strokeWidth) => edit('Set stroke width', { strokeWidth })} />
        {element.type === 'rect' && <NumberField label="Corner radius" value={element.cornerRadius ?? 0} onCommit={(cornerRadius) => edit('Set corner radius', { cornerRadius: cornerRadius || undefined })} />}
        {element.type === 'star' && (
          <>
            <NumberField label="Points" value={element.points ?? SHAPE_DEFAULTS.starPoints} min={3} onCommit={(points) => edit('Set points', { points: points && Math.min(50, Math.round(points)) })} />
            <NumberField label="Inner radius (%)" value={Math.round((element.innerRatio ?? SHAPE_DEFAULTS.starInnerRatio) * 100)} min={5} onCommit={(r) => edit('Set inner radius', { innerRatio: r && Math.min(100, r) / 100 })} />
          </>
        )}
        {element.type === 'polygon' && <NumberField label="Sides" value={element.sides ?? SHAPE_DEFAULTS.polygonSides} min={3} onCommit={(sides) => edit('Set sides', { sides: sides && Math.min(50, Math.round(sides)) })} />}
      </div>
    </fieldset>
  );
}

const DASHES = { solid: undefined, dashed: [8, 4], dotted: [1, 3], 'long dash': [16, 6] } as const;
type DashName = keyof typeof DASHES;
const dashName = (dash: readonly number[] | undefined): DashName | 'custom' =>
  (Object.keys(DASHES) as DashName[]).find((name) => JSON.stringify(DASHES[name] ?? []) === JSON.stringify(dash ?? [])) ?? 'custom';

/** A line's colour, width and dash pattern (the pattern scales with the stroke width, as in print). */
export function LineProperties({ store, element, kit }: { store: TemplateEditorStore; element: Line; kit: BrandKitBody | undefined }) {
  const edit = (label: string, patch: ElementPatch) => store.run(label, (t) => updateElement(t, element.id, patch));
  const width = element.strokeWidth ?? SHAPE_DEFAULTS.strokeWidth;
  const current = dashName(element.dash?.map((v) => v / Math.max(width, 0.01)));
  return (
    <fieldset>
      <legend>Line</legend>
      <ColourField label="Colour" value={element.stroke} fallback={SHAPE_DEFAULTS.lineStroke} kit={kit} onCommit={(stroke) => edit('Set line colour', { stroke })} />
      <NumberField label="Width" value={width} step={0.5} onCommit={(strokeWidth) => edit('Set line width', { strokeWidth })} />
      <SelectField
        label="Dash"
        value={current}
        options={[...(Object.keys(DASHES) as DashName[]).map((name) => ({ value: name, label: name[0]!.toUpperCase() + name.slice(1) })), ...(current === 'custom' ? [{ value: 'custom' as const, label: 'Custom' }] : [])]}
        onChange={(name) => name && name !== 'custom' && edit('Set dash', { dash: DASHES[name]?.map((v) => v * width) })}
      />
    </fieldset>
  );
}
