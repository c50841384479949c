import { useState } from 'react';
import { PublishDialog } from './PublishDialog';

/**
 * The pathway editor's "Publish" action. Publishing reads the pathway as saved, so it waits while an edit
 * is still on its way to the workspace: otherwise the ledger would get the version before the last change.
 */
export function PublishButton({ pathwayId, saved }: { pathwayId: string; saved: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button className="primary" onClick={() => setOpen(true)} disabled={!saved} title={saved ? 'Publish this pathway to Hedera' : 'Publishing waits until the pathway is saved'}>
        Publish
      </button>
      {open && <PublishDialog pathwayId={pathwayId} onClose={() => setOpen(false)} />}
    </>
  );
}
