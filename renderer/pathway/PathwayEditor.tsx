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
import { COMMANDS, runCommand, reveal, type CommandContext } from './commands';
import { PathwayEditorStore, shownPathway, useEditor } from './editorStore';
import { PathwayCanvas } from './flow/PathwayCanvas';
import { Palette } from './Palette';
import { HistoryPanel } from './panels/HistoryPanel';
import { ProblemsPanel } from './panels/ProblemsPanel';
import { PropertiesPanel } from './panels/PropertiesPanel';
import { SimulationPanel } from './panels/SimulationPanel';
import { NodeSearch } from './NodeSearch';
import { exposeTestApi } from './testApi';
import { useAutosave, type SaveStatus } from './useAutosave';
import { useProblems } from './useProblems';

/** Loads a pathway and opens the editor on it. */
export function PathwayEditor({ id, focusNodeId }: { id: string; focusNodeId?: string }) {
  const [store, setStore] = useState<PathwayEditorStore>();
  useEffect(() => {
    let live = true;
    void attempt(async () => {
      const design = unwrap(await api.getDesign({ id }));
      const { schemaVersion: _v, ...pathway } = design.body as unknown as Pathway & { schemaVersion: number };
      if (live) setStore(new PathwayEditorStore(pathway as Pathway));
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

type SideTab = 'properties' | 'problems' | 'simulation' | 'history';

function Editor({ id, store, focusNodeId }: { id: string; store: PathwayEditorStore; focusNodeId?: string }) {
  const flow = useReactFlow();
  const ctx: CommandContext = useMemo(() => ({ store, flow }), [store, flow]);
  const [historyKey, setHistoryKey] = useState(0);
  const onSaved = useCallback(() => setHistoryKey((k) => k + 1), []);
  const status = useAutosave(store, id, onSaved);
  const pathway = useEditor(store, shownPathway);
  const state = useEditor(store, (s) => s);
  const problems = useProblems(pathway);
  const [tab, setTab] = useState<SideTab>('properties');
  const evaluation = useMemo(() => (state.simulating ? evaluatePathway(pathway, state.completed) : undefined), [state.simulating, pathway, state.completed]);

  useEffect(() => exposeTestApi(store, ctx), [store, ctx]);
  useEffect(() => {
    if (!focusNodeId) return;
    store.select([focusNodeId]);
    const t = setTimeout(() => reveal(ctx, focusNodeId), 300);
    return () => clearTimeout(t);
  }, [focusNodeId, store, ctx]);

  // Shortcuts, unless the person is typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const command = COMMANDS.find((c) => c.keys?.(e));
      if (!command) return;
      e.preventDefault();
      runCommand(command.id, ctx);
    };
    window.addEventListener('keydown', onKey);
    const offUndo = window.laurelShell?.onEvent('undo', () => runCommand('undo', ctx));
    const offRedo = window.laurelShell?.onEvent('redo', () => runCommand('redo', ctx));
    return () => {
      window.removeEventListener('keydown', onKey);
      offUndo?.();
      offRedo?.();
    };
  }, [ctx]);

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
  const preview = async (revision: number) => {
    const design = unwrap(await api.getRevision({ id, revision }));
    const { schemaVersion: _v, ...old } = design.body as unknown as Pathway & { schemaVersion: number };
    store.setPreview({ revision, pathway: old as Pathway });
  };
  const restore = async (revision: number) => {
    unwrap(await api.restoreRevision({ id, revision }));
    const design = unwrap(await api.getDesign({ id }));
    const { schemaVersion: _v, ...restored } = design.body as unknown as Pathway & { schemaVersion: number };
    store.replaceDocument(restored as Pathway);
    setHistoryKey((k) => k + 1);
    notify('info', `Restored revision ${revision}.`);
  };

  const errors = problems.filter((p) => p.severity === 'error').length;
  const button = (commandId: string, extra?: { label?: string }) => {
    const c = COMMANDS.find((x) => x.id === commandId)!;
    return (
      <button onClick={() => runCommand(c.id, ctx)} disabled={c.enabled ? !c.enabled(ctx) : false} title={c.shortcut ? `${c.label} (${c.shortcut})` : c.label}>
        {extra?.label ?? c.label}
      </button>
    );
  };

  return (
    <main className="pathway-editor">
      <header className="editor-toolbar" role="toolbar" aria-label="Pathway tools">
        <button onClick={() => navigate({ screen: 'library' })}>← Library</button>
        <h1 className="editor-title">{pathway.name}</h1>
        <span className={`save-status save-${status.state}`} role="status">
          {saveStatusText(status)}
        </span>
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
        </span>
      </header>
      {state.preview && (
        <div className="preview-banner" role="status">
          Previewing revision {state.preview.revision} (read-only).
          <button onClick={() => void attempt(() => restore(state.preview!.revision))}>Restore this revision</button>
          <button onClick={() => store.setPreview(undefined)}>Close preview</button>
        </div>
      )}
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
          {tab === 'properties' && <PropertiesPanel store={store} pathway={pathway} selectedNodes={state.selectedNodes} selectedEdges={state.selectedEdges} />}
          {tab === 'problems' && <ProblemsPanel problems={problems} onReveal={revealProblem} />}
          {tab === 'simulation' &&
            (evaluation ? (
              <SimulationPanel pathway={pathway} evaluation={evaluation} completed={state.completed} onToggle={(nid) => store.toggleCompleted(nid)} onReset={() => (store.setSimulating(false), store.setSimulating(true))} />
            ) : (
              <section aria-label="Simulation" className="side-panel">
                <p className="empty">Press “Simulate learner” to tick activities and watch credentials unlock.</p>
              </section>
            ))}
          {tab === 'history' && <HistoryPanel id={id} refreshKey={historyKey} previewing={state.preview?.revision} onPreview={(r) => void attempt(() => preview(r))} onRestore={(r) => void attempt(() => restore(r))} />}
        </aside>
      </div>
    </main>
  );
}

function saveStatusText(status: SaveStatus): string {
  switch (status.state) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'unsaved':
      return 'Unsaved changes';
    case 'error':
      return `Not saved: ${status.message}`;
  }
}
