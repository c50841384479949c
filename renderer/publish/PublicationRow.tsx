import { useState } from 'react';
import { hashscanUrl } from '../../shared/publish/network';
import type { PublicationSummary, PublicationVerification } from '../../shared/publish/plan';
import { api } from '../api/client';
import { consensusTimeIso, shortSha256 } from './format';
import { LedgerId } from './LedgerId';
import { PublicationVerificationView } from './PublicationVerificationView';

type Verifying = { state: 'idle' } | { state: 'verifying' } | { state: 'done'; verification: PublicationVerification } | { state: 'failed'; message: string };

/** One publication: where it is on the ledger, how far sending got, and a check against the mirror node. */
export function PublicationRow({ publication: p }: { publication: PublicationSummary }) {
  const [verifying, setVerifying] = useState<Verifying>({ state: 'idle' });
  const verify = async () => {
    setVerifying({ state: 'verifying' });
    const result = await api.verifyPublication({ publicationId: p.id });
    setVerifying(result.ok ? { state: 'done', verification: result.value } : { state: 'failed', message: result.error.message });
  };
  // A transaction id of the registration, for HashScan: the one message that makes the version findable.
  const registration = p.transactions.find((t) => t.step === 'register' && t.state === 'confirmed');

  return (
    <tr data-testid="publication-row" data-publication-id={p.id} className={`publication-${p.state}`}>
      <th scope="row">{p.designName}</th>
      <td>{p.version}</td>
      <td data-testid="publication-state">
        <span className={`state-badge state-${p.state}`}>{p.state}</span>
      </td>
      <td>{p.network}</td>
      <td>
        <code title={p.sha256}>{shortSha256(p.sha256)}</code>
      </td>
      <td>{p.fileTopicId ? <LedgerId network={p.network} kind="topic" id={p.fileTopicId} /> : '—'}</td>
      <td>
        {p.registrySequenceNumber !== undefined && p.registryTopicId ? (
          <LedgerId network={p.network} kind="topic" id={p.registryTopicId} label={`#${p.registrySequenceNumber}`} />
        ) : p.registrySequenceNumber !== undefined ? (
          `#${p.registrySequenceNumber}`
        ) : (
          '—'
        )}
      </td>
      <td>{p.consensusTimestamp ? <ConsensusTime timestamp={p.consensusTimestamp} url={registration && hashscanUrl(p.network, 'transaction', registration.transactionId)} /> : '—'}</td>
      <td>
        {p.chunksConfirmed} / {p.chunks}
      </td>
      <td className="publication-message">{p.message ?? ''}</td>
      <td>
        <button onClick={() => void verify()} disabled={p.state !== 'published' || verifying.state === 'verifying'} title={p.state === 'published' ? 'Read it back from the mirror node and compare' : 'Only a published version can be read back'}>
          {verifying.state === 'verifying' ? 'Verifying…' : 'Verify'}
        </button>
        {verifying.state === 'done' && <PublicationVerificationView verification={verifying.verification} publication={p} />}
        {verifying.state === 'failed' && (
          <div role="alert" className="field-error">
            {verifying.message}
          </div>
        )}
      </td>
    </tr>
  );
}

/** When the registry entry reached consensus: ISO time shown, Hedera's own "seconds.nanos" in the title. */
function ConsensusTime({ timestamp, url }: { timestamp: string; url: string | undefined }) {
  const iso = consensusTimeIso(timestamp);
  const time = (
    <time dateTime={iso} title={timestamp}>
      {iso ?? timestamp}
    </time>
  );
  return url ? (
    <a href={url} target="_blank" rel="noreferrer">
      {time}
    </a>
  ) : (
    time
  );
}
