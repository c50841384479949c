import { useCallback, useMemo, useState } from 'react';
import type { DocumentBody } from '../../shared/documents';
import { api, unwrap } from '../api/client';
import { notify } from '../app/Notices';
import type { EditingState, EditorStore } from './EditorStore';

export interface Revisions {
  /** Changes whenever a save or a restore adds a revision, so the History panel reloads. */
  historyKey: number;
  /** For autosave: a revision was added. */
  onSaved: () => void;
  preview(revision: number): Promise<void>;
  restore(revision: number): Promise<void>;
}

/** Previewing (read-only) and restoring an editor's saved revisions; restoring is itself a new revision. */
export function useRevisions<D, S extends EditingState<D>>(store: EditorStore<D, S>, id: string, fromBody: (body: DocumentBody) => D): Revisions {
  const [historyKey, setHistoryKey] = useState(0);
  const onSaved = useCallback(() => setHistoryKey((k) => k + 1), []);
  return useMemo(
    () => ({
      historyKey,
      onSaved,
      async preview(revision: number) {
        const design = unwrap(await api.getRevision({ id, revision }));
        store.setPreview({ revision, document: fromBody(design.body) });
      },
      async restore(revision: number) {
        unwrap(await api.restoreRevision({ id, revision }));
        const design = unwrap(await api.getDesign({ id }));
        store.replaceDocument(fromBody(design.body));
        setHistoryKey((k) => k + 1);
        notify('info', `Restored revision ${revision}.`);
      },
    }),
    [historyKey, onSaved, store, id, fromBody],
  );
}
