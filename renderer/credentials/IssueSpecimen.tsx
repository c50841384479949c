import { useState } from 'react';
import type { VerificationReport } from '../../shared/credentials/verificationReport';
import { api, unwrap } from '../api/client';
import { download } from '../app/download';
import { attempt } from '../app/Notices';
import { navigate } from '../app/route';
import { VerificationReportView } from './VerificationReportView';

interface Issued {
  json: string;
  fileName: string;
  report: VerificationReport;
}

const base64ToBlob = (base64: string, type: string) => new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type });

/**
 * "Issue specimen": a signed OpenBadgeCredential of this credential for a sample recipient, verified at
 * once; the report is shown and the credential can be downloaded as JSON or baked into its badge image.
 */
export function IssueSpecimen({ pathwayId, nodeId }: { pathwayId: string; nodeId: string }) {
  const [name, setName] = useState('Alex Morgan');
  const [email, setEmail] = useState('');
  const [issued, setIssued] = useState<Issued>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const issue = async () => {
    setBusy(true);
    setProblem(undefined);
    setIssued(undefined);
    const result = await api.issueSpecimen({ pathwayId, nodeId, recipient: { name, ...(email.trim() ? { email: email.trim() } : {}) } });
    setBusy(false);
    if (result.ok) setIssued(result.value);
    else setProblem(result.error.message);
  };
  const bake = (format: 'png' | 'svg') =>
    attempt(async () => {
      const baked = unwrap(await api.bakeCredential({ json: issued!.json, format }));
      download(baked.fileName, base64ToBlob(baked.base64, baked.mediaType));
    });

  return (
    <section aria-label="Specimen" className="specimen">
      <h2>Specimen</h2>
      <p className="muted">A credential as a learner would receive it, for a sample recipient, signed with the issuer’s key.</p>
      <form
        className="specimen-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void issue();
        }}
      >
        <label className="field">
          <span>Recipient name</span>
          <input value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>Recipient email</span>
          <input type="email" value={email} maxLength={300} placeholder="optional" onChange={(e) => setEmail(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={busy || !name.trim()}>
          {busy ? 'Issuing…' : 'Issue specimen'}
        </button>
      </form>
      {problem && (
        <div role="alert" className="field-error">
          {problem}{' '}
          <button className="link" onClick={() => navigate({ screen: 'issuer' })}>
            Open the issuer page
          </button>
        </div>
      )}
      {issued && (
        <>
          <VerificationReportView report={issued.report} />
          <div className="specimen-actions">
            <button onClick={() => download(issued.fileName, new Blob([issued.json], { type: 'application/json' }))}>Download</button>
            <button onClick={() => void bake('png')}>Download PNG</button>
            <button onClick={() => void bake('svg')}>Download SVG</button>
          </div>
          <details>
            <summary>Credential JSON</summary>
            <pre className="json-preview" aria-label="Specimen JSON">{issued.json}</pre>
          </details>
        </>
      )}
    </section>
  );
}
