import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DocumentBody } from '../../shared/documents';
import { attempt } from '../app/Notices';
import { useCommandKeys } from '../editing/commands';
import { HistoryPanel } from '../editing/HistoryPanel';
import { RevisionBanner } from '../editing/RevisionBanner';
import { useAutosave } from '../editing/useAutosave';
import { useRevisions } from '../editing/useRevisions';
import { BrandKitPanel } from './brand/BrandKitPanel';
import { useBrandKit } from './brand/workspaceLook';
import { CanvasParts } from './canvas/CanvasParts';
import { TemplateCanvas } from './canvas/TemplateCanvas';
import { UserGuides } from './canvas/userGuides';
import type { TemplateContext } from './commands/context';
import { TEMPLATE_COMMANDS } from './commands/templateCommands';
import { SampleDataPanel } from './merge/SampleDataPanel';
import { LayersPanel } from './panels/LayersPanel';
import { PropertiesPanel } from './panels/PropertiesPanel';
import { TemplateEditorStore, useEditor } from './store/TemplateEditorStore';
import { openTemplate, templateOf } from './openTemplate';
import { exposeTestApi } from './testApi';
import { Toolbar } from './Toolbar';

/** Opens the editor on a template it has loaded (openTemplate.ts): the store over the body, its kit and issuer. */
async function openEditor(id: string) {
  const { template, name, kit, issuer } = await openTemplate(id);
  const store = new TemplateEditorStore(template);
  store.setBrandKit(kit);
  store.setIssuer(issuer);
  return { store, name };
}

/** Loads a template (and the fonts it draws with) and opens the editor on it. */
export function TemplateEditor({ id }: { id: string }) {
  const [opened, setOpened] = useState<{ store: TemplateEditorStore; name: string }>();
  useEffect(() => {
    let live = true;
    void attempt(async () => {
      const opened = await openEditor(id);
      if (live) setOpened(opened);
    });
    return () => {
      live = false;
    };
  }, [id]);
  if (!opened) return <main className="editor-loading">Opening template…</main>;
  return <Editor key={id} id={id} store={opened.store} name={opened.name} />;
}

type SideTab = 'properties' | 'brand' | 'history';
const TAB_LABEL: Record<SideTab, string> = { properties: 'Properties', brand: 'Brand kit', history: 'History' };

function Editor({ id, store, name }: { id: string; store: TemplateEditorStore; name: string }) {
  const parts = useMemo(() => new CanvasParts(store, new UserGuides(id)), [store, id]);
  const ctx: TemplateContext = useMemo(() => ({ store, parts }), [store, parts]);
  const revisions = useRevisions(store, id, templateOf);
  const body = useCallback((): DocumentBody => store.getState().template, [store]);
  const status = useAutosave(store, id, 'template', body, revisions.onSaved);
  const preview = useEditor(store, (s) => s.preview);
  const sampleView = useEditor(store, (s) => s.sampleView);
  const [tab, setTab] = useState<SideTab>('properties');

  useCommandKeys(TEMPLATE_COMMANDS, ctx);
  useBrandKit(store);
  useEffect(() => exposeTestApi(store, parts), [store, parts]);

  return (
    <main className="template-editor">
      <Toolbar ctx={ctx} name={name} status={status} />
      {preview && <RevisionBanner revision={preview.revision} revisions={revisions} onClose={() => store.setPreview(undefined)} />}
      <div className="template-body">
        <LayersPanel store={store} />
        <TemplateCanvas parts={parts} />
        <aside className="editor-side">
          {sampleView && <SampleDataPanel store={store} />}
          <nav className="side-tabs" role="tablist">
            {(Object.keys(TAB_LABEL) as SideTab[]).map((t) => (
              <button key={t} role="tab" aria-selected={tab === t} onClick={() => setTab(t)}>
                {TAB_LABEL[t]}
              </button>
            ))}
          </nav>
          {tab === 'properties' && <PropertiesPanel ctx={ctx} />}
          {tab === 'brand' && <BrandKitPanel store={store} />}
          {tab === 'history' && (
            <HistoryPanel id={id} refreshKey={revisions.historyKey} previewing={preview?.revision} onPreview={(r) => void attempt(() => revisions.preview(r))} onRestore={(r) => void attempt(() => revisions.restore(r))} />
          )}
        </aside>
      </div>
    </main>
  );
}
