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

export function emptyTally(inputs: number, required: number): InputTally {
  return { inputs, satisfied: 0, points: 0, requiredMissing: required };
}

export function tallyInputs(inputs: readonly PathwayEdge[], isSatisfied: (id: string) => boolean): InputTally {
  const tally = emptyTally(inputs.length, 0);
  for (const edge of inputs) {
    if (isSatisfied(edge.from)) {
      tally.satisfied += 1;
      tally.points += pointsOf(edge);
    } else if (edge.required === true) {
      tally.requiredMissing += 1;
    }
  }
  return tally;
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
 * other inputs ("2 more of: …", "12 more points from: …"); counting the required ones towards the count
 * or points, since satisfying them will.
 */
export function ruleShortfall(
  rule: Rule,
  inputs: readonly PathwayEdge[],
  isSatisfied: (id: string) => boolean,
  titleOfId: (id: string) => string,
): Shortfall {
  const unsatisfied = inputs.filter((edge) => !isSatisfied(edge.from));
  const required = unsatisfied.filter((edge) => edge.required === true);
  const optional = unsatisfied.filter((edge) => edge.required !== true);
  const titles = (edges: readonly PathwayEdge[]) => listTitles(edges.map((edge) => titleOfId(edge.from)));
  const missing = required.map((edge) => edge.from);
  const parts: string[] = [];
  if (required.length > 0) parts.push(`required: ${titles(required)}`);
  const wantOptional = (text: string) => {
    parts.push(text);
    missing.push(...optional.map((edge) => edge.from));
  };

  switch (rule.type) {
    case 'all':
      if (optional.length > 0) wantOptional(`still needed: ${titles(optional)}`);
      break;
    case 'atLeast': {
      const more = rule.count - (inputs.length - unsatisfied.length) - required.length;
      if (more <= 0) break;
      if (optional.length === 0) parts.push(`${more} more ${more === 1 ? 'input' : 'inputs'} than lead into it`);
      else if (optional.length < more) wantOptional(`${more} more of: ${titles(optional)} (only ${optional.length} left)`);
      else wantOptional(`${more} more of: ${titles(optional)}`);
      break;
    }
    case 'points': {
      const sum = (edges: readonly PathwayEdge[]) => edges.reduce((total, edge) => total + pointsOf(edge), 0);
      const satisfiedPoints = sum(inputs.filter((edge) => isSatisfied(edge.from)));
      const more = rule.min - satisfiedPoints - sum(required);
      if (reaches(0, more)) break;
      const word = more === 1 ? 'point' : 'points';
      const available = sum(optional);
      if (optional.length === 0) parts.push(`${formatPoints(more)} more ${word} than its inputs carry`);
      else if (!reaches(available, more)) {
        wantOptional(`${formatPoints(more)} more ${word} from: ${titles(optional)} (only ${formatPoints(available)} left)`);
      } else wantOptional(`${formatPoints(more)} more ${word} from: ${titles(optional)}`);
      break;
    }
    default:
      assertNever(rule, 'rule');
  }
  return { missing, text: parts.join('; ') };
}
