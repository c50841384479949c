import { useMemo, useRef } from 'react';
import type { Pathway, PathwayNode } from '../../shared/pathway/model';
import type { Problem } from '../../shared/pathway/problem';
import { validatePathway } from '../../shared/pathway/validate';

/** Whether two versions of a pathway differ only in node positions (a drag), which validation ignores. */
function sameStructure(a: Pathway, b: Pathway): boolean {
  if (a === b) return true;
  if (a.edges !== b.edges || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    if (x !== y && !samePositionless(x, y)) return false;
  }
  return true;
}

function samePositionless(x: PathwayNode, y: PathwayNode): boolean {
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (key !== 'position' && (x as Record<string, unknown>)[key] !== (y as Record<string, unknown>)[key]) return false;
  return true;
}

// The editor and the canvas both ask for the problems of the same document: validate it once (about
// 30 ms for 2,000 nodes, on every structural edit). Weak, so a closed document is not kept.
const validated = new WeakMap<Pathway, readonly Problem[]>();
function validateOnce(pathway: Pathway): readonly Problem[] {
  let problems = validated.get(pathway);
  if (!problems) validated.set(pathway, (problems = validatePathway(pathway)));
  return problems;
}

/** The validator's output, recomputed only when the pathway's structure changes (not on every drag frame). */
export function useProblems(pathway: Pathway): readonly Problem[] {
  const last = useRef<{ pathway: Pathway; problems: readonly Problem[] }>(undefined);
  return useMemo(() => {
    if (last.current && sameStructure(last.current.pathway, pathway)) {
      last.current = { pathway, problems: last.current.problems };
    } else {
      last.current = { pathway, problems: validateOnce(pathway) };
    }
    return last.current.problems;
  }, [pathway]);
}
