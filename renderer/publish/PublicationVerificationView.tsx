import type { PublicationCheck, PublicationSummary, PublicationVerification } from '../../shared/publish/plan';

const LOCAL_TEXT: Record<NonNullable<PublicationCheck['local']>, string> = {
  same: 'The design in the workspace is the same as this version.',
  changed: 'The design has changed in the workspace since this version.',
  missing: 'The design is no longer in the workspace.',
};

/** The check of this publication among those verified: the registry may list others alongside it. */
const checkOf = (verification: PublicationVerification, publication: PublicationSummary) =>
  verification.checked.find((c) => c.sha256 === publication.sha256 && c.designId === publication.designId && c.version === publication.version) ??
  (verification.checked.length === 1 ? verification.checked[0] : undefined);

/** What reading a publication back from the mirror node found: a match, or every problem found. */
export function PublicationVerificationView({ verification, publication }: { verification: PublicationVerification; publication: PublicationSummary }) {
  const check = checkOf(verification, publication);
  const ok = verification.ok && check?.ok === true;
  // The overall problems may repeat the check's own: each is listed once.
  const problems = [...new Set([...verification.problems, ...(check?.problems ?? [])])];
  if (!check && problems.length === 0) problems.push(`The registry ${verification.registryTopicId} lists no entry for this publication.`);
  return (
    <div role="status" className={`publication-verification ${ok ? 'verified' : 'not-verified'}`}>
      <strong>{ok ? 'Verified: matches the ledger' : 'Not verified'}</strong>
      {check?.local && <div className="muted">{LOCAL_TEXT[check.local]}</div>}
      {problems.length > 0 && (
        <ul className="verification-problems">
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
