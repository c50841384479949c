import { assertNever } from '../assertNever';
import { pointsOf, ruleOf, type Pathway, type PathwayNode } from '../pathway/model';
import { joinAnd, pointsText, titleOf } from '../pathway/names';

/**
 * A node's stacking rule as a sentence for a credential's criteria: "Requires at least 3 of these 4: SQL
 * Basics, Spreadsheet Analysis, Dashboards and Python for Data Analysis. SQL Basics is required." Unlike
 * the map's short label (`describeRule`) it names every input, because criteria must stand on their own
 * once issued. Repeated edges from one input count once, as in evaluation. No inputs: nothing to say.
 */
export function ruleInWords(pathway: Pathway, node: PathwayNode): string | undefined {
  const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const inputs = pathway.edges.filter((e) => e.to === node.id && byId.has(e.from) && !seen.has(e.from) && seen.add(e.from));
  if (inputs.length === 0) return undefined;
  const name = (id: string) => titleOf(byId.get(id)!);
  const names = inputs.map((e) => name(e.from));
  const rule = ruleOf(node);
  let sentence: string;
  switch (rule.type) {
    case 'all':
      sentence = inputs.length === 1 ? `Requires ${names[0]}.` : `Requires all ${inputs.length} of: ${joinAnd(names)}.`;
      break;
    case 'atLeast':
      sentence = `Requires at least ${rule.count} of these ${inputs.length}: ${joinAnd(names)}.`;
      break;
    case 'points':
      sentence = `Requires at least ${pointsText(rule.min)} from: ${joinAnd(inputs.map((e) => `${name(e.from)} (${pointsText(pointsOf(e))})`))}.`;
      break;
    default:
      return assertNever(rule, 'rule');
  }
  // Under `all` every input is needed already; naming the required ones again would add nothing.
  const required = rule.type === 'all' ? [] : inputs.filter((e) => e.required === true).map((e) => name(e.from));
  if (required.length > 0) sentence += ` ${joinAnd(required)} ${required.length === 1 ? 'is' : 'are'} required.`;
  return sentence;
}
