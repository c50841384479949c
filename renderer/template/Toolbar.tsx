import { attempt } from '../app/Notices';
import { navigate } from '../app/route';
import { SaveStatusText, type SaveStatus } from '../editing/useAutosave';
import type { TemplateContext } from './commands/context';
import { TEMPLATE_COMMANDS } from './commands/templateCommands';
import { fieldChoices } from './merge/fields';
import { insertField } from './merge/insertField';
import { exportTemplateFile, PNG_DPI } from './exportTemplateFile';
import { MenuButton } from './MenuButton';
import { useEditor } from './store/TemplateEditorStore';

/** The template editor's toolbar: add elements, insert fields, history, preview, zoom, export. */
export function Toolbar({ ctx, name, status }: { ctx: TemplateContext; name: string; status: SaveStatus }) {
  const { store } = ctx;
  const state = useEditor(store, (s) => s);
  const template = state.preview?.document ?? state.template;
  const button = (id: string, label?: string) => (
    <button key={id} aria-label={label && TEMPLATE_COMMANDS.byId(id).label} onClick={() => TEMPLATE_COMMANDS.run(id, ctx)} disabled={!TEMPLATE_COMMANDS.enabled(id, ctx)} title={TEMPLATE_COMMANDS.title(id)}>
      {label ?? TEMPLATE_COMMANDS.byId(id).label}
    </button>
  );
  const readOnly = state.preview !== undefined;
  return (
    <header className="editor-toolbar" role="toolbar" aria-label="Template tools">
      <button onClick={() => navigate({ screen: 'library' })}>← Library</button>
      <h1 className="editor-title">{name}</h1>
      <SaveStatusText status={status} />
      <span className="toolbar-group-inline">
        {button('add-text')}
        {button('add-image')}
        <MenuButton
          label="Add shape"
          disabled={readOnly}
          items={['add-rect', 'add-ellipse', 'add-star', 'add-polygon'].map((id) => ({ label: TEMPLATE_COMMANDS.byId(id).label, onSelect: () => TEMPLATE_COMMANDS.run(id, ctx) }))}
        />
        {button('add-line')}
        {button('add-qr')}
        {button('add-signature')}
        <MenuButton label="Insert field" disabled={readOnly} items={fieldChoices(template).map((f) => ({ label: f.label, hint: `{{${f.path}}}`, onSelect: () => insertField(ctx, f.path) }))} />
      </span>
      <span className="toolbar-group-inline">
        {button('undo')}
        {button('redo')}
        <button aria-pressed={state.sampleView} onClick={() => TEMPLATE_COMMANDS.run('toggle-preview', ctx)} title={TEMPLATE_COMMANDS.title('toggle-preview')}>
          Preview
        </button>
      </span>
      <span className="toolbar-group-inline zoom">
        {button('zoom-out', '−')}
        <span className="zoom-level" aria-label="Zoom level">
          {Math.round(state.viewport.zoom * 100)}%
        </span>
        {button('zoom-in', '+')}
        {button('zoom-fit', 'Fit')}
        <MenuButton
          label="Guides"
          items={[
            { label: 'Add vertical guide', onSelect: () => TEMPLATE_COMMANDS.run('add-guide-vertical', ctx) },
            { label: 'Add horizontal guide', onSelect: () => TEMPLATE_COMMANDS.run('add-guide-horizontal', ctx) },
          ]}
        />
      </span>
      <span className="toolbar-group">
        <button onClick={() => void attempt(() => exportTemplateFile(store, name, 'png'))} title={`The template with its sample data, as a PNG at ${PNG_DPI} dpi`}>
          Export PNG
        </button>
        <button onClick={() => void attempt(() => exportTemplateFile(store, name, 'pdf'))} title="The template with its sample data, as a PDF (text stays text)">
          Export PDF
        </button>
      </span>
    </header>
  );
}
