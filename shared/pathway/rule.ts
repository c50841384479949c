import { assertNever } from '../assertNever';
import { pointsOf, type PathwayEdge, type Rule } from './model';
import { formatPoints, listTitles } from './names';

/** What a rule needs to know about a node's inputs (DESIGN §1). */
export interface InputTally {
  inputs: number;
  satisfied: number;
  /** The satisfied inputs' points. */
  points: number;
  /** Required inputs not satisfied yet. */
  requiredMissing: number;
}

/**
 * Points may be fractional, and validation and evaluation add them up in different orders; without a
 * little slack 0.1 + 0.2 could miss a minimum of 0.3 in one and reach it in the other.
 */
export function reaches(points: number, min: number): boolean {
  return points >= min - 1e-9 * Math.max(1, Math.abs(min));
}

/** A rule holds when every required input is satisfied and its condition is met; without inputs, trivially. */
export function ruleHolds(rule: Rule, tally: InputTally): boolean {
  if (tally.inputs === 0) return true;
  if (tally.requiredMissing > 0) return false;
  switch (rule.type) {
    case 'all':
      return tally.satisfied === tally.inputs;
    case 'atLeast':
      return tally.satisfied >= rule.count;
    case 'points':
      return reaches(tally.points, rule.min);
    default:
      return assertNever(rule, 'rule');
  }
}

/** What a node whose rule does not hold still needs, as input ids and in words. */
export interface Shortfall {
  missing: string[];
  text: string;
}

/**
 * Required inputs are named first ("required: SQL Basics"), then what the rule still wants from the
 * other inputs ("2 more of: …", "12 more points from: …"), counting the required ones towards the count
 * or points, since satisfying them will. Plain loops: this runs for every unsatisfied node on each
 * evaluation.
 */
export function ruleShortfall(
  rule: Rule,
  inputs: readonly PathwayEdge[],
  isSatisfied: (id: string) => boolean,
  titleOfId: (id: string) => string,
): Shortfall {
  const required: string[] = [];
  const optional: string[] = [];
  let satisfiedCount = 0;
  let satisfiedPoints = 0;
  let requiredPoints = 0;
  let optionalPoints = 0;
  for (const edge of inputs) {
    if (isSatisfied(edge.from)) {
      satisfiedCount += 1;
      satisfiedPoints += pointsOf(edge);
    } else if (edge.required === true) {
      required.push(edge.from);
      requiredPoints += pointsOf(edge);
    } else {
      optional.push(edge.from);
      optionalPoints += pointsOf(edge);
    }
  }
  const parts: string[] = [];
  if (required.length > 0) parts.push(`required: ${listTitles(required.map(titleOfId))}`);
  let wantsOptional = false;

  switch (rule.type) {
    case 'all':
      if (optional.length > 0) {
        parts.push(`still needed: ${listTitles(optional.map(titleOfId))}`);
        wantsOptional = true;
      }
      break;
    case 'atLeast': {
      const more = rule.count - satisfiedCount - required.length;
      if (more <= 0) break;
      if (optional.length === 0) {
        parts.push(`${more} more ${more === 1 ? 'input' : 'inputs'} than lead into it`);
        break;
      }
      const left = optional.length < more ? ` (only ${optional.length} left)` : '';
      parts.push(`${more} more of: ${listTitles(optional.map(titleOfId))}${left}`);
      wantsOptional = true;
      break;
    }
    case 'points': {
      const more = rule.min - satisfiedPoints - requiredPoints;
      if (reaches(0, more)) break;
      const word = more === 1 ? 'point' : 'points';
      if (optional.length === 0) {
        parts.push(`${formatPoints(more)} more ${word} than its inputs carry`);
        break;
      }
      const left = reaches(optionalPoints, more) ? '' : ` (only ${formatPoints(optionalPoints)} left)`;
      parts.push(`${formatPoints(more)} more ${word} from: ${listTitles(optional.map(titleOfId))}${left}`);
      wantsOptional = true;
      break;
    }
    default:
      assertNever(rule, 'rule');
  }
  return { missing: wantsOptional ? [...required, ...optional] : required, text: parts.join('; ') };
}
