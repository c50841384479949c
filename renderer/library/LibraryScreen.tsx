import { useCallback, useEffect, useState } from 'react';
import type { DesignList, WorkspaceInfo } from '../../shared/api/contract';
import type { DesignSummary } from '../../shared/documents';
import { api, unwrap } from '../api/client';
import { navigate } from '../app/route';
import { attempt, notify } from '../app/Notices';
import { ConfirmDialog, NameDialog } from './Dialog';
import { DesignGroup, CredentialGroup } from './DesignGroup';
import { GalleryGroup } from './GalleryGroup';

type Pending = { action: 'rename' | 'delete'; design: DesignSummary } | { action: 'create'; kind: 'pathway' | 'template' } | undefined;

export const openDesign = (d: { kind: string; id: string }) =>
  d.kind === 'pathway' || d.kind === 'template' ? navigate({ screen: d.kind, id: d.id }) : notify('info', 'This kind of design has no editor yet.');

/** The first screen: the workspace's designs, grouped by kind, with search and the everyday actions. */
export function LibraryScreen() {
  const [info, setInfo] = useState<WorkspaceInfo>();
  const [list, setList] = useState<DesignList>();
  const [trash, setTrash] = useState<DesignSummary[]>([]);
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<Pending>();

  const refresh = useCallback(
    () =>
      attempt(async () => {
        const [i, l, t] = await Promise.all([api.getWorkspace({}), api.listDesigns(query ? { query } : {}), api.listDeleted({})]);
        setInfo(unwrap(i));
        setList(unwrap(l));
        setTrash(unwrap(t));
      }),
    [query],
  );
  useEffect(() => void refresh(), [refresh]);
  useEffect(() => window.laurelShell?.onEvent('workspace-changed', () => void refresh()), [refresh]);

  const run = (action: () => Promise<unknown>) => attempt(async () => {
    await action();
    await refresh();
  });

  const byKind = (kind: string) => list?.designs.filter((d) => d.kind === kind) ?? [];
  const actions = {
    open: openDesign,
    rename: (design: DesignSummary) => setPending({ action: 'rename', design }),
    duplicate: (design: DesignSummary) =>
      run(async () => notify('info', `Duplicated as “${unwrap(await api.duplicateDesign({ id: design.id })).name}”.`)),
    delete: (design: DesignSummary) => setPending({ action: 'delete', design }),
  };

  return (
    <main className="library">
      <header className="library-header">
        <div>
          <h1>Library</h1>
          <p className="workspace-name" title={info?.path}>
            Workspace: <strong>{info?.fileName ?? '…'}</strong>
          </p>
        </div>
        <div className="library-actions">
          <input type="search" aria-label="Search designs" placeholder="Search designs" value={query} onChange={(e) => setQuery(e.target.value)} />
          <button className="primary" onClick={() => setPending({ action: 'create', kind: 'pathway' })}>New pathway</button>
          <button onClick={() => setPending({ action: 'create', kind: 'template' })}>New template</button>
        </div>
      </header>

      {list && (
        <div className="library-groups">
          <DesignGroup title="Pathways" designs={byKind('pathway')} actions={actions} />
          <DesignGroup title="Templates" designs={byKind('template')} actions={actions} />
          <GalleryGroup />
          <CredentialGroup credentials={list.credentials} />
          <DesignGroup title="Issuer profiles" designs={byKind('issuer')} actions={actions} />
          <section aria-label="Issuer" className="design-group">
            <h2>Issuer</h2>
            <p className="muted">The profile and signing key (did:key) credentials are issued with.</p>
            <button onClick={() => navigate({ screen: 'issuer' })}>Issuer profile & keys</button>
          </section>
          <section aria-label="Publishing" className="design-group">
            <h2>Publishing</h2>
            <p className="muted">Pathways published to Hedera, and the network and operator account they go to.</p>
            <div className="row-actions">
              <button onClick={() => navigate({ screen: 'publications' })}>Publications</button>
              <button onClick={() => navigate({ screen: 'network' })}>Hedera network</button>
            </div>
          </section>
          {trash.length > 0 && (
            <section aria-label="Trash" className="design-group trash">
              <h2>Trash</h2>
              <ul>
                {trash.map((d) => (
                  <li key={d.id} className="design-row">
                    <span className="design-name">{d.name}</span>
                    <span className="design-kind">{d.kind}</span>
                    <button onClick={() => run(() => api.restoreDeleted({ id: d.id }).then(unwrap))} aria-label={`Restore ${d.name}`}>Restore</button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}

      {pending?.action === 'create' && (
        <NameDialog
          title={pending.kind === 'pathway' ? 'New pathway' : 'New template'}
          initial={pending.kind === 'pathway' ? 'Untitled pathway' : 'Untitled template'}
          confirmLabel="Create"
          onCancel={() => setPending(undefined)}
          onConfirm={(name) => {
            setPending(undefined);
            void attempt(async () => openDesign(unwrap(await api.createDesign({ kind: pending.kind, name }))));
          }}
        />
      )}
      {pending?.action === 'rename' && (
        <NameDialog
          title={`Rename “${pending.design.name}”`}
          initial={pending.design.name}
          confirmLabel="Rename"
          onCancel={() => setPending(undefined)}
          onConfirm={(name) => {
            setPending(undefined);
            void run(() => api.renameDesign({ id: pending.design.id, name }).then(unwrap));
          }}
        />
      )}
      {pending?.action === 'delete' && (
        <ConfirmDialog
          title={`Delete “${pending.design.name}”?`}
          message="It moves to the Trash, with its history, and can be restored from there."
          confirmLabel="Move to Trash"
          onCancel={() => setPending(undefined)}
          onConfirm={() => {
            setPending(undefined);
            void run(() => api.deleteDesign({ id: pending.design.id }).then(unwrap));
          }}
        />
      )}
    </main>
  );
}
