import { assertNever } from '../assertNever';
import { isActivity, type NodeKind, type PathwayNode } from './model';

/**
 * How problems and missing-texts name things to a curriculum designer: "Certificate 'Data Analytics'",
 * "SQL Basics, Dashboards and 3 more".
 */
export const KIND_LABEL: Record<NodeKind, string> = {
  unit: 'Unit',
  assessment: 'Assessment',
  evidence: 'Evidence',
  skill: 'Skill',
  badge: 'Badge',
  certificate: 'Certificate',
  program: 'Program',
};

/** The node's title, or its id when it has none, so a message never names an empty string. */
export function titleOf(node: PathwayNode): string {
  return node.title.trim() || node.id;
}

/** "Certificate 'Data Analytics'". */
export function nameOf(node: PathwayNode): string {
  return `${KIND_LABEL[node.kind]} '${titleOf(node)}'`;
}

/** The word for satisfying a node of this kind: activities are completed, skills and credentials earned. */
export function satisfiedWord(kind: NodeKind): string {
  return isActivity(kind) ? 'completed' : 'earned';
}

/** What typically leads into a node of this kind, for hints such as "connect another badge". */
export function inputNoun(kind: NodeKind): string {
  switch (kind) {
    case 'unit':
    case 'assessment':
      return 'unit';
    case 'evidence':
      return 'assessment';
    case 'skill':
      return 'assessment or evidence';
    case 'badge':
      return 'skill';
    case 'certificate':
      return 'badge';
    case 'program':
      return 'certificate';
    default:
      return assertNever(kind, 'node kind');
  }
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/**
 * "SQL Basics, Dashboards, Python for Data"; past `max` titles, "… and 4 more", because a missing-text
 * is shown in a tooltip and a program can have dozens of inputs.
 */
export function listTitles(titles: readonly string[], max = 5): string {
  if (titles.length <= max) return titles.join(', ');
  return `${titles.slice(0, max).join(', ')} and ${titles.length - max} more`;
}

/** Points may be fractional; show at most two decimals. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/** "1 point", "12 points". */
export function pointsText(points: number): string {
  return `${formatPoints(points)} ${points === 1 ? 'point' : 'points'}`;
}
