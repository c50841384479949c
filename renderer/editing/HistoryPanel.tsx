import { useEffect, useState } from 'react';
import type { RevisionSummary } from '../../shared/documents';
import { api, unwrap } from '../api/client';
import { attempt } from '../app/Notices';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });

/** The design's saved revisions: preview one read-only, or restore it (restoring is a new revision). */
export function HistoryPanel({ id, refreshKey, previewing, onPreview, onRestore }: { id: string; refreshKey: number; previewing?: number; onPreview: (revision: number) => void; onRestore: (revision: number) => void }) {
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  useEffect(() => void attempt(async () => setRevisions(unwrap(await api.listRevisions({ id })))), [id, refreshKey]);
  return (
    <section aria-label="History" className="side-panel history-panel">
      <h2>History</h2>
      <ol>
        {revisions.map((r, i) => (
          <li key={r.revision} className={previewing === r.revision ? 'previewing' : ''}>
            <div>
              <strong>Revision {r.revision}</strong> <span className="muted">{when(r.savedAt)}</span>
            </div>
            <div className="revision-summary">{r.summary}</div>
            <div className="row-actions">
              <button onClick={() => onPreview(r.revision)} aria-label={`Preview revision ${r.revision}`}>Preview</button>
              {i > 0 && (
                <button onClick={() => onRestore(r.revision)} aria-label={`Restore revision ${r.revision}`}>Restore</button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
