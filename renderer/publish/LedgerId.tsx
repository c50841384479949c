import { hashscanUrl } from '../../shared/publish/network';

/**
 * A topic or transaction id, linked to HashScan when the network is public (local and custom networks
 * have no explorer). The link opens outside the app.
 */
export function LedgerId({ network, kind, id, label, testId }: { network: string; kind: 'topic' | 'transaction'; id: string; label?: string; testId?: string }) {
  const url = hashscanUrl(network, kind, id);
  const text = <code data-testid={testId}>{label ?? id}</code>;
  if (!url) return text;
  return (
    <a href={url} target="_blank" rel="noreferrer" title={`${id} on HashScan`}>
      {text}
    </a>
  );
}
