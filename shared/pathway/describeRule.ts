import { assertNever } from '../assertNever';
import { pointsOf, ruleOf, type PathwayEdge, type PathwayNode } from './model';
import { formatPoints } from './names';

/**
 * The short rule text shown on a node in the pathway map: "3 of 5 · SQL required", "all 4",
 * "10 points of 14". Repeated edges from the same input count once, as they do in evaluation.
 */
export function describeRule(
  node: PathwayNode,
  incomingEdges: readonly PathwayEdge[],
  titleOf: (id: string) => string,
): string {
  const seen = new Set<string>();
  const inputs = incomingEdges.filter((edge) => !seen.has(edge.from) && seen.add(edge.from));
  if (inputs.length === 0) return 'no inputs yet';
  const rule = ruleOf(node);
  let text: string;
  switch (rule.type) {
    case 'all':
      // Under `all` every input is needed, so naming the required ones would add nothing.
      return `all ${inputs.length}`;
    case 'atLeast':
      text = `${rule.count} of ${inputs.length}`;
      break;
    case 'points': {
      const total = inputs.reduce((sum, edge) => sum + pointsOf(edge), 0);
      text = `${formatPoints(rule.min)} ${rule.min === 1 ? 'point' : 'points'} of ${formatPoints(total)}`;
      break;
    }
    default:
      return assertNever(rule, 'rule');
  }
  const required = inputs.filter((edge) => edge.required === true).map((edge) => titleOf(edge.from));
  if (required.length === 0) return text;
  // A node label has room for two names at most.
  const named = required.slice(0, 2).join(', ') + (required.length > 2 ? ` +${required.length - 2}` : '');
  return `${text} · ${named} required`;
}
