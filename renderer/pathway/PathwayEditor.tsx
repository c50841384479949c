import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { evaluatePathway } from '../../shared/pathway/evaluate';
import { pathwayMapSvg } from '../../shared/pathway/mapSvg';
import type { Pathway } from '../../shared/pathway/model';
import type { Problem } from '../../shared/pathway/problem';
import { api, unwrap } from '../api/client';
import { download, slug, svgToPng } from '../app/download';
import { attempt, notify } from '../app/Notices';
import { navigate } from '../app/route';
import { PublishButton } from '../publish/PublishButton';
import type { DocumentBody } from '../../shared/documents';
import { useCommandKeys } from '../editing/commands';
import { HistoryPanel } from '../editing/HistoryPanel';
import { RevisionBanner } from '../editing/RevisionBanner';
import { SaveStatusText, useAutosave } from '../editing/useAutosave';
import { useRevisions } from '../editing/useRevisions';
import { PATHWAY_COMMANDS, runCommand, reveal, type CommandContext } from './commands';
import { PathwayEditorStore, shownPathway, useEditor } from './editorStore';
import { PathwayCanvas } from './flow/PathwayCanvas';
import { Palette } from './Palette';
import { ProblemsPanel } from './panels/ProblemsPanel';
import { PropertiesPanel } from './panels/PropertiesPanel';
import { SimulationPanel } from './panels/SimulationPanel';
import { NodeSearch } from './NodeSearch';
import { exposeTestApi } from './testApi';
import { useProblems, useStructure } from './useProblems';

/** Loads a pathway and opens the editor on it. */
export function PathwayEditor({ id, focusNodeId }: { id: string; focusNodeId?: string }) {
  const [store, setStore] = useState<PathwayEditorStore>();
  useEffect(() => {
    let live = true;
    void attempt(async () => {
      const design = unwrap(await api.getDesign({ id }));
      if (live) setStore(new PathwayEditorStore(pathwayOf(design.body)));
    });
    return () => {
      live = false;
    };
  }, [id]);
  if (!store) return <main className="editor-loading">Opening pathway…</main>;
  return (
    <ReactFlowProvider>
      <Editor key={id} id={id} store={store} focusNodeId={focusNodeId} />
    </ReactFlowProvider>
  );
}

/** The stored body is the pathway with its `schemaVersion`; the editor works on the pathway. */
const pathwayOf = (body: DocumentBody): Pathway => {
  const { schemaVersion: _v, ...pathway } = body as unknown as Pathway & { schemaVersion: number };
  return pathway as Pathway;
};

type SideTab = 'properties' | 'problems' | 'simulation' | 'history';

function Editor({ id, store, focusNodeId }: { id: string; store: PathwayEditorStore; focusNodeId?: string }) {
  const flow = useReactFlow();
  const ctx: CommandContext = useMemo(() => ({ store, flow }), [store, flow]);
  const revisions = useRevisions(store, id, pathwayOf);
  const body = useCallback((): DocumentBody => ({ schemaVersion: 1, ...store.getState().pathway }), [store]);
  const status = useAutosave(store, id, 'pathway', body, revisions.onSaved);
  const pathway = useEditor(store, shownPathway);
  const state = useEditor(store, (s) => s);
  // The side panels show no positions: given the pathway's structure, they skip the frames of a drag.
  const structure = useStructure(pathway);
  const problems = useProblems(structure);
  const [tab, setTab] = useState<SideTab>('properties');
  const evaluation = useMemo(() => (state.simulating ? evaluatePathway(structure, state.completed) : undefined), [state.simulating, structure, state.completed]);

  useEffect(() => exposeTestApi(store, ctx), [store, ctx]);
  useEffect(() => {
    if (!focusNodeId) return;
    store.select([focusNodeId]);
    const t = setTimeout(() => reveal(ctx, focusNodeId), 300);
    return () => clearTimeout(t);
  }, [focusNodeId, store, ctx]);

  useCommandKeys(PATHWAY_COMMANDS, ctx);

  const revealProblem = (p: Problem) => {
    const target = p.nodeId ?? p.nodeIds?.[0];
    if (target) {
      store.select(p.nodeIds ?? [target]);
      reveal(ctx, target);
    } else if (p.edgeId) store.select([], [p.edgeId]);
    setTab('properties');
  };

  const exportMap = async (format: 'svg' | 'png') => {
    const svg = pathwayMapSvg(store.getState().pathway);
    const name = `${slug(pathway.name)}-map.${format}`;
    download(name, format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, 2));
  };
  const exportJson = async () => {
    const { json, fileName } = unwrap(await api.exportPathway({ id }));
    download(fileName, new Blob([json], { type: 'application/json' }));
  };
  const importJson = async (file: File) => {
    const result = await api.importPathway({ json: await file.text() });
    if (!result.ok) {
      const where = result.error.issues?.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
      notify('error', `“${file.name}” was not imported. ${result.error.message}${where && !result.error.message.includes(where) ? ` (${where})` : ''}`);
      return;
    }
    notify('info', `Imported “${result.value.name}”.`);
    navigate({ screen: 'pathway', id: result.value.id });
  };
  const errors = problems.filter((p) => p.severity === 'error').length;
  const button = (commandId: string, extra?: { label?: string }) => {
    const c = PATHWAY_COMMANDS.byId(commandId);
    return (
      <button onClick={() => runCommand(c.id, ctx)} disabled={!PATHWAY_COMMANDS.enabled(c.id, ctx)} title={PATHWAY_COMMANDS.title(c.id)}>
        {extra?.label ?? c.label}
      </button>
    );
  };

  return (
    <main className="pathway-editor">
      <header className="editor-toolbar" role="toolbar" aria-label="Pathway tools">
        <button onClick={() => navigate({ screen: 'library' })}>← Library</button>
        <h1 className="editor-title">{pathway.name}</h1>
        <SaveStatusText status={status} />
        {button('undo')}
        {button('redo')}
        {button('auto-layout')}
        {button('fit-view')}
        <button aria-pressed={state.simulating} onClick={() => (store.setSimulating(!state.simulating), setTab(state.simulating ? 'properties' : 'simulation'))}>
          {state.simulating ? 'Stop simulation' : 'Simulate learner'}
        </button>
        <NodeSearch pathway={pathway} onFound={(nodeId) => (store.select([nodeId]), reveal(ctx, nodeId))} />
        <span className="toolbar-group">
          <button onClick={() => void attempt(() => exportMap('png'))}>Export PNG</button>
          <button onClick={() => void attempt(() => exportMap('svg'))}>Export SVG</button>
          <button onClick={() => void attempt(exportJson)}>Export JSON</button>
          <label className="button-like">
            Import JSON
            <input type="file" accept=".json,application/json" hidden onChange={(e) => e.target.files?.[0] && void attempt(() => importJson(e.target.files![0]!))} />
          </label>
          <PublishButton pathwayId={id} saved={status.state === 'saved'} />
        </span>
      </header>
      {state.preview && <RevisionBanner revision={state.preview.revision} revisions={revisions} onClose={() => store.setPreview(undefined)} />}
      <div className="editor-body">
        <Palette ctx={ctx} disabled={store.readOnly} />
        <PathwayCanvas store={store} />
        <aside className="editor-side">
          <nav className="side-tabs" role="tablist">
            {(['properties', 'problems', 'simulation', 'history'] as const).map((t) => (
              <button key={t} role="tab" aria-selected={tab === t} onClick={() => setTab(t)}>
                {t === 'problems' ? `Problems (${errors ? `${errors} errors` : problems.length})` : t[0]!.toUpperCase() + t.slice(1)}
              </button>
            ))}
          </nav>
          {tab === 'properties' && <PropertiesPanel store={store} pathway={structure} selectedNodes={state.selectedNodes} selectedEdges={state.selectedEdges} />}
          {tab === 'problems' && <ProblemsPanel problems={problems} onReveal={revealProblem} />}
          {tab === 'simulation' &&
            (evaluation ? (
              <SimulationPanel pathway={structure} evaluation={evaluation} completed={state.completed} onToggle={(nid) => store.toggleCompleted(nid)} onReset={() => (store.setSimulating(false), store.setSimulating(true))} />
            ) : (
              <section aria-label="Simulation" className="side-panel">
                <p className="empty">Press “Simulate learner” to tick activities and watch credentials unlock.</p>
              </section>
            ))}
          {tab === 'history' && <HistoryPanel id={id} refreshKey={revisions.historyKey} previewing={state.preview?.revision} onPreview={(r) => void attempt(() => revisions.preview(r))} onRestore={(r) => void attempt(() => revisions.restore(r))} />}
        </aside>
      </div>
    </main>
  );
}
