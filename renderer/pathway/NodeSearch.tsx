import { useState } from 'react';
import type { Pathway } from '../../shared/pathway/model';

/** Finds nodes by title; Enter (or picking a match) selects and reveals it. */
export function NodeSearch({ pathway, onFound }: { pathway: Pathway; onFound: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const matches = needle ? pathway.nodes.filter((n) => n.title.toLowerCase().includes(needle)).slice(0, 8) : [];
  return (
    <div className="node-search">
      <input
        type="search"
        aria-label="Search nodes"
        placeholder="Search nodes"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && matches[0] && onFound(matches[0].id)}
      />
      {matches.length > 0 && (
        <ul className="search-results" role="listbox" aria-label="Matching nodes">
          {matches.map((n) => (
            <li key={n.id} role="option" aria-selected={false} onMouseDown={(e) => (e.preventDefault(), onFound(n.id), setQuery(''))}>
              {n.title}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
