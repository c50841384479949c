import { attempt } from '../app/Notices';
import type { Revisions } from './useRevisions';

/** Says that a saved revision is shown read-only, with the way back and the way to restore it. */
export function RevisionBanner({ revision, revisions, onClose }: { revision: number; revisions: Revisions; onClose: () => void }) {
  return (
    <div className="preview-banner" role="status">
      Previewing revision {revision} (read-only).
      <button onClick={() => void attempt(() => revisions.restore(revision))}>Restore this revision</button>
      <button onClick={onClose}>Close preview</button>
    </div>
  );
}
