import { useEffect, useState } from 'react';
import type { Alignment } from '../../../shared/pathway/model';
import type { SkillSearchHit } from '../../../shared/skills/framework';
import { api, unwrap } from '../../api/client';
import { onFrameworkImported } from './FrameworkImport';

/** Long enough to let a word be typed, short enough to feel live. */
const DEBOUNCE_MS = 200;
const LIMIT = 50;

/** A search hit as the alignment it becomes: which workspace document it came from stays behind. */
export function alignmentOf({ frameworkId: _id, frameworkName: _name, ...alignment }: SkillSearchHit): Alignment {
  return alignment;
}

type Answer = { query: string; hits: SkillSearchHit[] } | { query: string; error: string };

/** Finds skills in the workspace's frameworks as the person types; picking one aligns the skill to it. */
export function SkillSearch({ onPick }: { onPick(alignment: Alignment): void }) {
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<Answer>();
  const [imports, setImports] = useState(0);
  useEffect(() => onFrameworkImported(() => setImports((n) => n + 1)), []);

  const needle = query.trim();
  useEffect(() => {
    if (!needle) return;
    let current = true;
    const timer = setTimeout(() => {
      api
        .searchSkills({ query: needle, limit: LIMIT })
        .then(unwrap)
        .then(
          ({ items }) => current && setAnswer({ query: needle, hits: items }),
          (error: Error) => current && setAnswer({ query: needle, error: error.message }),
        );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [needle, imports]);

  // An answer to an earlier query is not shown under a newer one.
  const shown = needle && answer?.query === needle ? answer : undefined;
  return (
    <div className="skill-search">
      <input
        type="search"
        aria-label="Search skill frameworks"
        placeholder="Search skill frameworks"
        maxLength={300}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
      />
      {needle && (
        <p className="skill-search-status muted" role="status">
          {!shown
            ? 'Searching…'
            : 'error' in shown
              ? shown.error
              : shown.hits.length === 0
                ? `No skill in this workspace’s frameworks matches “${needle}”.`
                : shown.hits.length === LIMIT
                  ? `The first ${LIMIT} matches; type more to narrow them.`
                  : `${shown.hits.length} ${shown.hits.length === 1 ? 'match' : 'matches'}`}
        </p>
      )}
      {shown && 'hits' in shown && shown.hits.length > 0 && (
        <ul className="skill-search-results">
          {shown.hits.map((hit, i) => (
            <li key={`${hit.frameworkId}:${i}`}>
              <button type="button" className="skill-search-hit" aria-label={`Align to ${hit.name}`} title={hit.description} onClick={() => onPick(alignmentOf(hit))}>
                <span className="skill-search-name">{hit.name}</span>{' '}
                <span className="skill-search-source muted">{[hit.code, hit.framework].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
