import type { CredentialSummary, DesignSummary } from '../../shared/documents';
import { navigate } from '../app/route';

interface RowActions {
  open(d: DesignSummary): void;
  rename(d: DesignSummary): void;
  duplicate(d: DesignSummary): void;
  delete(d: DesignSummary): void;
}

const updated = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function DesignGroup({ title, designs, actions }: { title: string; designs: DesignSummary[]; actions: RowActions }) {
  return (
    <section aria-label={title} className="design-group">
      <h2>
        {title} <span className="count">{designs.length}</span>
      </h2>
      {designs.length === 0 ? (
        <p className="empty">None yet.</p>
      ) : (
        <ul>
          {designs.map((d) => (
            <li key={d.id} className="design-row">
              <button className="design-name link" onClick={() => actions.open(d)} aria-label={`Open ${d.name}`}>
                {d.name}
              </button>
              <span className="design-meta">Revision {d.revision} · {updated(d.updatedAt)}</span>
              <span className="row-actions">
                <button onClick={() => actions.rename(d)} aria-label={`Rename ${d.name}`}>Rename</button>
                <button onClick={() => actions.duplicate(d)} aria-label={`Duplicate ${d.name}`}>Duplicate</button>
                <button onClick={() => actions.delete(d)} aria-label={`Delete ${d.name}`}>Delete</button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Credentials are nodes of pathways; opening one opens its pathway at that node. */
export function CredentialGroup({ credentials }: { credentials: CredentialSummary[] }) {
  return (
    <section aria-label="Credentials" className="design-group">
      <h2>
        Credentials <span className="count">{credentials.length}</span>
      </h2>
      {credentials.length === 0 ? (
        <p className="empty">Badges, certificates and programs of your pathways appear here.</p>
      ) : (
        <ul>
          {credentials.map((c) => (
            <li key={`${c.pathwayId}/${c.nodeId}`} className="design-row">
              <button className="design-name link" aria-label={`Open ${c.name}`} onClick={() => navigate({ screen: 'pathway', id: c.pathwayId, nodeId: c.nodeId })}>
                {c.name}
              </button>
              <span className={`kind-tag kind-${c.kind}`}>{c.kind}</span>
              <span className="design-meta">in {c.pathwayName}</span>
              <span className="row-actions">
                <button aria-label={`Credential details ${c.name}`} onClick={() => navigate({ screen: 'credential', id: c.pathwayId, nodeId: c.nodeId })}>
                  Details & specimen
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
