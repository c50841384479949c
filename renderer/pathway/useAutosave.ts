import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { PathwayEditorStore } from './editorStore';

export type SaveStatus = { state: 'saved' | 'saving' | 'unsaved' } | { state: 'error'; message: string };

const DEBOUNCE_MS = 600;

/**
 * Saves the document a moment after each committed change (never during a drag), as one revision whose
 * summary names the commands since the last save. Pending work is flushed when the editor closes.
 */
export function useAutosave(store: PathwayEditorStore, id: string, onSaved?: () => void): SaveStatus {
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
      const { schemaVersion: _ignored, ...pathway } = store.getState().pathway as { schemaVersion?: number };
      setStatus({ state: 'saving' });
      // One save at a time, in order: a later save never lands before an earlier one.
      inFlight = inFlight.then(async () => {
        const result = await api.saveDesign({ id, body: { schemaVersion: 1, ...pathway }, summary });
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
  }, [store, id, onSaved]);

  return status;
}
