import { assertNever } from '../assertNever';
import type { PathwayGraph } from './graph';
import { isCredential, type PathwayNode } from './model';
import { inputNoun, joinAnd, KIND_LABEL, nameOf } from './names';
import type { Problem } from './problem';

/**
 * Gaps in a design: it works as drawn but does not yet say what it should. Incomplete credentials are
 * errors when `publishing`, since a published credential is permanent.
 */
export function designWarnings(graph: PathwayGraph, publishing: boolean): Problem[] {
  // Any edge naming a node, even a faulty one, connects it: the faulty edge has its own error.
  const connected = new Set<string>();
  for (const edge of graph.pathway.edges) {
    connected.add(edge.from);
    connected.add(edge.to);
  }
  const problems: Problem[] = [];
  for (const node of graph.nodes) {
    if (!connected.has(node.id)) {
      // An orphan gets this one warning, not also "no skill feeds it", which would say the same twice.
      problems.push({
        severity: 'warning',
        code: 'orphan-node',
        nodeId: node.id,
        message: `${nameOf(node)} is not connected to anything`,
        hint: `Connect it to the pathway or delete it`,
      });
    } else {
      const gap = inputGap(graph, node);
      if (gap) problems.push(gap);
    }
    if (isCredential(node.kind)) {
      const incomplete = incompleteCredential(node, publishing);
      if (incomplete) problems.push(incomplete);
    }
  }
  return [...problems, ...duplicateTitles(graph.nodes)];
}

function inputGap(graph: PathwayGraph, node: PathwayNode): Problem | undefined {
  const fromKinds = new Set(graph.inputsOf(node.id).map((edge) => graph.nodeById.get(edge.from)!.kind));
  const warning = (code: Problem['code'], message: string, hint: string): Problem => ({
    severity: 'warning',
    code,
    nodeId: node.id,
    message,
    hint,
  });
  switch (node.kind) {
    case 'unit':
    case 'assessment':
    case 'evidence':
      return undefined;
    case 'skill':
      // A skill counts as assessed only through an assessment or evidence: units teach it, they do not
      // prove it, and an Open Badge should rest on proof.
      if (fromKinds.has('assessment') || fromKinds.has('evidence')) return undefined;
      return warning(
        'skill-not-assessed',
        `Nothing assesses ${nameOf(node)}: no assessment or evidence leads into it`,
        `Connect an assessment or a piece of evidence that proves this skill`,
      );
    case 'badge':
      if (fromKinds.has('skill')) return undefined;
      return warning(
        'badge-without-skill',
        `No skill leads into ${nameOf(node)}, so it does not say what its holder can do`,
        `Connect the skill this badge stands for`,
      );
    case 'certificate':
    case 'program':
      if (fromKinds.size > 0) return undefined;
      return warning(
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

function incompleteCredential(node: PathwayNode, publishing: boolean): Problem | undefined {
  const credential = node.credential ?? {};
  const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
  const texts = CREDENTIAL_TEXT_FIELDS.filter(([field]) => blank(credential[field])).map(([, label]) => label);
  const noTemplate = blank(credential.templateId);
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
  const first = new Map<string, PathwayNode>();
  const problems: Problem[] = [];
  for (const node of nodes) {
    const title = node.title.trim();
    if (title === '') continue;
    const key = `${node.kind}\u0000${title.toLowerCase()}`;
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
