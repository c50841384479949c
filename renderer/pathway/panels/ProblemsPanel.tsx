import type { Problem } from '../../../shared/pathway/problem';

/** The validator's live output; clicking a problem selects and reveals what it is about. */
export function ProblemsPanel({ problems, onReveal }: { problems: readonly Problem[]; onReveal: (p: Problem) => void }) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section aria-label="Problems" className="side-panel problems-panel">
      <h2>
        Problems <span className="count">{errors} errors · {problems.length - errors} warnings</span>
      </h2>
      {problems.length === 0 ? (
        <p className="empty">No problems: this pathway is complete and consistent.</p>
      ) : (
        <ul>
          {problems.map((p, i) => (
            <li key={`${p.code}-${p.nodeId ?? p.edgeId ?? ''}-${i}`}>
              <button className={`problem problem-${p.severity}`} onClick={() => onReveal(p)}>
                <span className="problem-severity">{p.severity === 'error' ? 'Error' : 'Warning'}</span>
                <span className="problem-message">{p.message}</span>
                <span className="problem-hint">{p.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
