import type { Evaluation, NodeState } from '../../../shared/pathway/evaluate';
import { isActivity, isCredential, type Pathway } from '../../../shared/pathway/model';
import { KIND_LABEL, titleOf } from '../../../shared/pathway/names';

const STATE_TEXT: Record<NodeState, string> = { completed: 'completed', available: 'available', locked: 'locked', earned: 'earned', 'in-progress': 'in progress' };

/** The learner simulation: tick activities, see every credential's state and what it still needs. */
export function SimulationPanel({ pathway, evaluation, completed, onToggle, onReset }: { pathway: Pathway; evaluation: Evaluation; completed: ReadonlySet<string>; onToggle: (id: string) => void; onReset: () => void }) {
  const activities = pathway.nodes.filter((n) => isActivity(n.kind));
  const credentials = pathway.nodes.filter((n) => isCredential(n.kind) || n.kind === 'skill');
  return (
    <section aria-label="Simulation" className="side-panel simulation-panel">
      <h2>
        Simulate learner <button onClick={onReset}>Reset</button>
      </h2>
      <h3>Activities</h3>
      <ul className="activity-list">
        {activities.map((n) => (
          <li key={n.id}>
            <label>
              <input type="checkbox" checked={completed.has(n.id)} onChange={() => onToggle(n.id)} /> {titleOf(n)}
              <span className="muted"> · {KIND_LABEL[n.kind]} · {STATE_TEXT[evaluation.nodes[n.id]?.state ?? 'locked']}</span>
            </label>
          </li>
        ))}
      </ul>
      <h3>Skills and credentials</h3>
      <ul className="credential-states" aria-label="Credential states">
        {credentials.map((n) => {
          const e = evaluation.nodes[n.id];
          return (
            <li key={n.id} className={`state-${e?.state}`}>
              <strong>{titleOf(n)}</strong> <span className="muted">{KIND_LABEL[n.kind]}</span> — <span className="state-word">{STATE_TEXT[e?.state ?? 'locked']}</span>
              {e?.missingText && <div className="missing">Needs {e.missingText}</div>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
