import type { VerificationReport } from '../../shared/credentials/verificationReport';

const OUTCOME_TEXT = { verified: 'Verified', failed: 'Not verified', incomplete: 'Not fully verified' } as const;
const STATUS_TEXT = { ok: 'OK', failed: 'Failed', unavailable: 'Not checked' } as const;

/** The verifier's report: the outcome, then each check with its status and reason. */
export function VerificationReportView({ report }: { report: VerificationReport }) {
  return (
    <section aria-label="Verification report" className={`verification-report outcome-${report.outcome}`}>
      <h3 className="verification-outcome">{OUTCOME_TEXT[report.outcome]}</h3>
      <ul className="verification-checks">
        {report.checks.map((check) => (
          <li key={check.id} className={`check check-${check.status}`} data-check={check.id}>
            <span className="check-status">{STATUS_TEXT[check.status]}</span> <strong>{check.title}</strong>
            {!check.required && <span className="muted"> (informative)</span>}
            <div className="check-reason">{check.reason}</div>
          </li>
        ))}
      </ul>
      {report.warnings.length > 0 && (
        <ul className="verification-warnings">
          {report.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
