import { useEffect, useState } from 'react';
import { changesBetween } from '../../shared/bodyChanges';
import type { DocumentBody, DocumentKind } from '../../shared/documents';
import { api } from '../api/client';

export type SaveStatus = { state: 'saved' | 'saving' | 'unsaved' } | { state: 'error'; message: string };

const DEBOUNCE_MS = 600;

/** What autosave needs of an editor's store. */
export interface Autosaved {
  onDocumentChange(listener: (label: string) => void): () => void;
}

/**
 * Saves the document a moment after each committed change (never during a drag), as one revision whose
 * summary names the commands since the last save. Pending work is flushed when the editor closes.
 * `body` gives the stored body of the current document.
 *
 * The first save sends the whole body; later ones send what changed since the body this editor saved
 * last (shared/bodyChanges.ts), found by identity, so the store must replace what it changes. When the
 * workspace refuses the changes (another save came between, as a restored revision does), the whole
 * body is sent instead.
 */
export function useAutosave(store: Autosaved, id: string, kind: DocumentKind, body: () => DocumentBody, onSaved?: () => void): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let labels: string[] = [];
    let inFlight: Promise<unknown> = Promise.resolve();
    /** The body this editor saved last, and the revision it became. */
    let base: { revision: number; body: DocumentBody } | undefined;

    const send = async (saved: DocumentBody, summary: string) => {
      const changes = base && changesBetween(kind, base.body, saved);
      if (base && changes) {
        const result = await api.saveDesignChanges({ id, baseRevision: base.revision, ...changes, summary });
        if (result.ok) return result;
      }
      return api.saveDesign({ id, body: saved, summary });
    };

    const save = () => {
      timer = undefined;
      if (labels.length === 0) return;
      const summary = [...new Set(labels)].join(', ').slice(0, 480);
      labels = [];
      const saved = body();
      setStatus({ state: 'saving' });
      // One save at a time, in order: a later save never lands before an earlier one.
      inFlight = inFlight.then(async () => {
        const result = await send(saved, summary);
        base = result.ok ? { revision: result.value.revision, body: freezeSaved(saved) } : undefined;
        if (result.ok) {
          setStatus(labels.length ? { state: 'unsaved' } : { state: 'saved' });
          onSaved?.();
        } else setStatus({ state: 'error', message: result.error.message });
      });
    };

    const off = store.onDocumentChange((label) => {
      labels.push(label);
      setStatus({ state: 'unsaved' });
      clearTimeout(timer);
      timer = setTimeout(save, DEBOUNCE_MS);
    });
    const flush = () => {
      if (timer) {
        clearTimeout(timer);
        save();
      }
    };
    window.addEventListener('beforeunload', flush);
    return () => {
      off();
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [store, id, kind, body, onSaved]);

  return status;
}

/**
 * Freezes a saved body, deeply: code that changed the document in place would make a change the next
 * save's comparison by identity cannot see, which would never reach the file. Frozen, such code fails
 * where it runs instead. A part frozen already was frozen whole by an earlier save.
 */
function freezeSaved<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) freezeSaved(member);
  }
  return value;
}

export function saveStatusText(status: SaveStatus): string {
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

export function SaveStatusText({ status }: { status: SaveStatus }) {
  return (
    <span className={`save-status save-${status.state}`} role="status">
      {saveStatusText(status)}
    </span>
  );
}
