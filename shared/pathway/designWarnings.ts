import { assertNever } from '../assertNever';
import type { PathwayGraph } from './graph';
import { isCredential, type NodeKind, type PathwayNode } from './model';
import { inputNoun, joinAnd, KIND_LABEL, nameOf } from './names';
import type { Problem } from './problem';

/**
 * Gaps in a design: it works as drawn but does not yet say what it should. Incomplete credentials are
 * errors when `publishing`, since a published credential is permanent.
 */
export function designWarnings(graph: PathwayGraph, publishing: boolean): Problem[] {
  const problems: Problem[] = [];
  graph.nodes.forEach((node, i) => {
    // Any edge naming a node, even a faulty one, connects it: the faulty edge has its own error.
    if (graph.connected[i] === 0) {
      // An orphan gets this one warning, not also "no skill feeds it", which would say the same twice.
      problems.push({
        severity: 'warning',
        code: 'orphan-node',
        nodeId: node.id,
        message: `${nameOf(node)} is not connected to anything`,
        hint: `Connect it to the pathway or delete it`,
      });
    } else {
      const gap = inputGap(graph, i);
      if (gap) problems.push(gap);
    }
    if (isCredential(node.kind)) {
      const incomplete = incompleteCredential(node, publishing);
      if (incomplete) problems.push(incomplete);
    }
  });
  return [...problems, ...duplicateTitles(graph.nodes)];
}

function gapWarning(node: PathwayNode, code: Problem['code'], message: string, hint: string): Problem {
  return { severity: 'warning', code, nodeId: node.id, message, hint };
}

/** Whether any `ok` edge into node i comes from a node of one of these kinds. */
function fedBy(graph: PathwayGraph, i: number, kinds: readonly NodeKind[]): boolean {
  for (let k = graph.inStart[i]!; k < graph.inStart[i + 1]!; k++) {
    if (kinds.includes(graph.nodes[graph.source[graph.inEdges[k]!]!]!.kind)) return true;
  }
  return false;
}

function inputGap(graph: PathwayGraph, i: number): Problem | undefined {
  const node = graph.nodes[i]!;
  switch (node.kind) {
    case 'unit':
    case 'assessment':
    case 'evidence':
      return undefined;
    case 'skill':
      // A skill counts as assessed only through an assessment or evidence: units teach it, they do not
      // prove it, and an Open Badge should rest on proof.
      if (fedBy(graph, i, ['assessment', 'evidence'])) return undefined;
      return gapWarning(
        node,
        'skill-not-assessed',
        `Nothing assesses ${nameOf(node)}: no assessment or evidence leads into it`,
        `Connect an assessment or a piece of evidence that proves this skill`,
      );
    case 'badge':
      if (fedBy(graph, i, ['skill'])) return undefined;
      return gapWarning(
        node,
        'badge-without-skill',
        `No skill leads into ${nameOf(node)}, so it does not say what its holder can do`,
        `Connect the skill this badge stands for`,
      );
    case 'certificate':
    case 'program':
      if (graph.inStart[i + 1]! > graph.inStart[i]!) return undefined;
      return gapWarning(
        node,
        'credential-without-inputs',
        `Nothing leads into ${nameOf(node)}, so no one can earn it`,
        `Connect the ${inputNoun(node.kind)}s it stacks from`,
      );
    default:
      return assertNever(node.kind, 'node kind');
  }
}

const CREDENTIAL_TEXT_FIELDS = [
  ['name', 'name'],
  ['description', 'description'],
  ['criteria', 'criteria'],
] as const;

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function incompleteCredential(node: PathwayNode, publishing: boolean): Problem | undefined {
  const credential = node.credential ?? {};
  const texts = CREDENTIAL_TEXT_FIELDS.filter(([field]) => isBlank(credential[field])).map(([, label]) => label);
  const noTemplate = isBlank(credential.templateId);
  if (texts.length === 0 && !noTemplate) return undefined;
  const missing = noTemplate ? [...texts, 'visual template'] : texts;
  const todo = [
    ...(texts.length > 0 ? [`fill in its ${joinAnd(texts)}`] : []),
    ...(noTemplate ? ['choose a visual template'] : []),
  ].join(' and ');
  return {
    severity: publishing ? 'error' : 'warning',
    code: 'credential-incomplete',
    nodeId: node.id,
    message: publishing
      ? `${nameOf(node)} cannot be published without its ${joinAnd(missing)}`
      : `${nameOf(node)} has no ${joinAnd(missing, 'or')} yet`,
    hint: `In its properties, ${todo}${publishing ? '' : ' before publishing'}`,
  };
}

function duplicateTitles(nodes: readonly PathwayNode[]): Problem[] {
  const firstByKind = new Map<NodeKind, Map<string, PathwayNode>>();
  const problems: Problem[] = [];
  for (const node of nodes) {
    const title = node.title.trim();
    if (title === '') continue;
    let first = firstByKind.get(node.kind);
    if (!first) firstByKind.set(node.kind, (first = new Map()));
    const key = title.toLowerCase();
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, node);
      continue;
    }
    problems.push({
      severity: 'warning',
      code: 'duplicate-title',
      nodeId: node.id,
      nodeIds: [earlier.id, node.id],
      message: `More than one ${KIND_LABEL[node.kind].toLowerCase()} is called '${title}'`,
      hint: `Rename one of them so designers and learners can tell them apart`,
    });
  }
  return problems;
}
