import { navigate } from '../app/route';
import { PublicationRow } from './PublicationRow';
import { isPending, usePublications } from './usePublications';

const COLUMNS = ['Design', 'Version', 'State', 'Network', 'SHA-256', 'File topic', 'Registry entry', 'Consensus time', 'Chunks', 'Message', 'Check'] as const;

/** "Publications": every version sent to Hedera, in the order the host lists them, optionally of one pathway. */
export function PublicationsScreen({ pathwayId }: { pathwayId?: string }) {
  const list = usePublications(pathwayId);
  const publications = list.state === 'loaded' ? list.publications : [];
  const pending = publications.filter(isPending).length;
  // The design's name comes from its publications; a pathway never published has none to name it by.
  const designName = pathwayId ? (publications[0]?.designName ?? pathwayId) : undefined;

  return (
    <main className="library publications-screen">
      <header className="library-header">
        <div>
          <button className="link" onClick={() => navigate({ screen: 'library' })}>
            ← Library
          </button>
          <h1>Publications</h1>
          {pathwayId && (
            <p className="muted">
              Of “{designName}”.{' '}
              <button className="link" onClick={() => navigate({ screen: 'pathway', id: pathwayId })}>
                Open the pathway
              </button>{' '}
              ·{' '}
              <button className="link" onClick={() => navigate({ screen: 'publications' })}>
                All publications
              </button>
            </p>
          )}
        </div>
        <button onClick={() => navigate({ screen: 'network' })}>Hedera network</button>
      </header>
      <section className="design-group publications-group">
        {list.state === 'loading' && <p>Reading the publications…</p>}
        {list.state === 'failed' && (
          <p role="alert" className="field-error">
            {list.message}
          </p>
        )}
        {list.state === 'loaded' && publications.length === 0 && (
          <p className="empty">Nothing published yet. Open a pathway and press “Publish”.</p>
        )}
        {publications.length > 0 && (
          <>
            {pending > 0 && (
              <p role="status" className="muted">
                {pending === 1 ? 'One publication is' : `${pending} publications are`} being sent; this list follows them.
              </p>
            )}
            <div className="table-scroll">
              <table className="data-table publications-table" aria-label="Publications">
                <thead>
                  <tr>
                    {COLUMNS.map((column) => (
                      <th key={column} scope="col">
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {publications.map((publication) => (
                    <PublicationRow key={publication.id} publication={publication} />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </main>
  );
}
