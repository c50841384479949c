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

/**
 * The pathway as first seen with its current structure: while a drag changes positions only, this stays
 * the same object, so what is derived from structure (problems, rule texts) is not recomputed per frame.
 */
export function useStructure(pathway: Pathway): Pathway {
  // Compared with the last version seen, which differs from this one in the dragged nodes only.
  const last = useRef<{ seen: Pathway; structure: Pathway }>(undefined);
  if (!last.current || !sameStructure(last.current.seen, pathway)) last.current = { seen: pathway, structure: pathway };
  else last.current.seen = pathway;
  return last.current.structure;
}

/** The validator's output, recomputed only when the pathway's structure changes (not on every drag frame). */
export function useProblems(pathway: Pathway): readonly Problem[] {
  const structure = useStructure(pathway);
  return useMemo(() => validateOnce(structure), [structure]);
}
