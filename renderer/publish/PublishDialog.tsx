import { useEffect, useState } from 'react';
import type { PublicationState, PublishPlan } from '../../shared/publish/plan';
import { api } from '../api/client';
import { notify } from '../app/Notices';
import { routeHash } from '../app/route';
import { Modal } from '../library/Dialog';
import { PublishPlanView } from './PublishPlanView';

type Planning = { state: 'planning' } | { state: 'planned'; plan: PublishPlan } | { state: 'failed'; message: string };

const UNCHANGED_TEXT: Record<PublicationState, (version: number) => string> = {
  published: (v) => `This version is already published (version ${v}).`,
  queued: (v) => `This version is already queued for publishing (version ${v}).`,
  submitting: (v) => `This version is already being published (version ${v}).`,
  failed: (v) => `This version was published before and failed (version ${v}); see Publications.`,
};

/**
 * "Publish to Hedera": shows the plan (what will be sent and what it costs) and publishes only when asked.
 * Nothing is spent until "Publish now"; unchanged content cannot be published twice.
 */
export function PublishDialog({ pathwayId, onClose }: { pathwayId: string; onClose: () => void }) {
  const [planning, setPlanning] = useState<Planning>({ state: 'planning' });
  const [publishing, setPublishing] = useState(false);
  const [problem, setProblem] = useState<string>();
  const publicationsHref = routeHash({ screen: 'publications', pathwayId });

  useEffect(() => {
    let live = true;
    void api.planPublication({ pathwayId }).then((result) => {
      if (live) setPlanning(result.ok ? { state: 'planned', plan: result.value } : { state: 'failed', message: result.error.message });
    });
    return () => {
      live = false;
    };
  }, [pathwayId]);

  const publish = async () => {
    setPublishing(true);
    setProblem(undefined);
    const result = await api.publishPathway({ pathwayId });
    setPublishing(false);
    if (!result.ok) return setProblem(result.error.message);
    const { publication, unchanged } = result.value;
    onClose();
    notify(
      'info',
      unchanged
        ? `“${publication.designName}” version ${publication.version} was already published on ${publication.network}.`
        : `Publishing “${publication.designName}” version ${publication.version} to ${publication.network}.`,
      { label: 'See publications', href: publicationsHref },
    );
  };

  const plan = planning.state === 'planned' ? planning.plan : undefined;
  return (
    <Modal title="Publish to Hedera" onCancel={onClose} className="publish-dialog">
      {planning.state === 'planning' && <p role="status">Working out what publishing will send…</p>}
      {planning.state === 'failed' && (
        <div role="alert" className="field-error">
          <p>{planning.message}</p>
          <a href={routeHash({ screen: 'network' })}>Open the Hedera network settings</a>
        </div>
      )}
      {plan && <PublishPlanView plan={plan} />}
      {plan?.unchanged && (
        <p role="status" className="plan-unchanged">
          {UNCHANGED_TEXT[plan.unchanged.state](plan.unchanged.version)} <a href={publicationsHref}>Publications</a>
        </p>
      )}
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!plan || Boolean(plan.unchanged) || publishing} onClick={() => void publish()}>
          {publishing ? 'Publishing…' : 'Publish now'}
        </button>
      </div>
    </Modal>
  );
}
