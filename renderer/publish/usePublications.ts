import { useEffect, useState } from 'react';
import type { PublicationSummary } from '../../shared/publish/plan';
import { api } from '../api/client';

const POLL_MS = 1000;

export const isPending = (p: PublicationSummary) => p.state === 'queued' || p.state === 'submitting';

export type PublicationList = { state: 'loading' } | { state: 'loaded'; publications: PublicationSummary[] } | { state: 'failed'; message: string };

/**
 * The workspace's publications, optionally of one pathway. While any is queued or submitting the list is
 * read again every second, so confirmations show as the ledger gives them; polling stops once none is
 * pending, on a failed read (rather than repeating the same error each second), and when the view closes.
 * Each read starts after the last one answered, so a slow host never has two in flight.
 */
export function usePublications(pathwayId: string | undefined): PublicationList {
  const [list, setList] = useState<PublicationList>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = async () => {
      const result = await api.listPublications(pathwayId ? { pathwayId } : {});
      if (!live) return;
      if (!result.ok) return setList({ state: 'failed', message: result.error.message });
      setList({ state: 'loaded', publications: result.value });
      if (result.value.some(isPending)) timer = setTimeout(() => void read(), POLL_MS);
    };
    void read();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [pathwayId]);

  return list;
}
