import { useEffect, useState } from 'react';
import type { DocumentBody } from '../../shared/documents';
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
 */
export function useAutosave(store: Autosaved, id: string, body: () => DocumentBody, onSaved?: () => void): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let labels: string[] = [];
    let inFlight: Promise<unknown> = Promise.resolve();

    const save = () => {
      timer = undefined;
      if (labels.length === 0) return;
      const summary = [...new Set(labels)].join(', ').slice(0, 480);
      labels = [];
      const saved = body();
      setStatus({ state: 'saving' });
      // One save at a time, in order: a later save never lands before an earlier one.
      inFlight = inFlight.then(async () => {
        const result = await api.saveDesign({ id, body: saved, summary });
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
  }, [store, id, body, onSaved]);

  return status;
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
