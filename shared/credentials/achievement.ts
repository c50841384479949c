import { LaurelError } from '../api/result';
import { assertNever } from '../assertNever';
import { isCredential, type Alignment, type CredentialKind, type Pathway, type PathwayNode } from '../pathway/model';
import { KIND_LABEL, joinAnd, titleOf } from '../pathway/names';
import type { ObAchievement, ObAlignment, ObImage, ObProfile } from './obTypes';
import { ruleInWords } from './ruleInWords';

/**
 * A credential's Achievement id: stable for the pathway and node, so every specimen and export of one
 * design names the same Achievement. Laurel has no server to host it, hence a URN rather than a URL.
 */
export function achievementId(pathwayId: string, nodeId: string): string {
  return `urn:laurel:achievement:${encodeURIComponent(pathwayId)}:${encodeURIComponent(nodeId)}`;
}

/** The achievementType a credential gets when its designer chose none. */
export function defaultAchievementType(kind: CredentialKind): string {
  switch (kind) {
    case 'badge':
      return 'Badge';
    case 'certificate':
      return 'Certificate';
    case 'program':
      return 'Certification';
    default:
      return assertNever(kind, 'credential kind');
  }
}

/**
 * Where an alignment points. OB 3.0 requires a `targetUrl`; an alignment imported without one (a code in
 * a framework that has no public URL) gets a URN built from its framework and code, so it still names its
 * target unambiguously.
 */
export function alignmentUrl(alignment: Alignment): string {
  if (alignment.url?.trim()) return alignment.url.trim();
  // Framework, code and name: codes alone collide (ISCED field codes are shared by many skills).
  return `urn:laurel:alignment:${[alignment.framework, alignment.code ?? '', alignment.name].map(encodeURIComponent).join(':')}`;
}

export function obAlignment(alignment: Alignment): ObAlignment {
  const out: ObAlignment = { type: ['Alignment'], targetName: alignment.name, targetUrl: alignmentUrl(alignment) };
  if (alignment.description) out.targetDescription = alignment.description;
  if (alignment.code) out.targetCode = alignment.code;
  if (alignment.framework) out.targetFramework = alignment.framework;
  if (alignment.targetType) out.targetType = alignment.targetType;
  return out;
}

interface Graph {
  nodes: Pathway['nodes'];
  byId: Map<string, PathwayNode>;
  inputsOf: Map<string, string[]>;
}
// Built once per pathway, not once per credential: a publication asks for every credential's skills and
// evidence, and rebuilding these maps each time made 240 credentials of a 2,000-node pathway take 0.5 s.
// Keyed by the edges array and checked against the nodes array: pathways are replaced, never edited in place.
const graphs = new WeakMap<Pathway['edges'], Graph>();

function graphOf(pathway: Pathway): Graph {
  const cached = graphs.get(pathway.edges);
  if (cached && cached.nodes === pathway.nodes) return cached;
  const inputsOf = new Map<string, string[]>();
  for (const e of pathway.edges) {
    const inputs = inputsOf.get(e.to);
    if (inputs) inputs.push(e.from);
    else inputsOf.set(e.to, [e.from]);
  }
  const graph = { nodes: pathway.nodes, byId: new Map(pathway.nodes.map((n) => [n.id, n])), inputsOf };
  graphs.set(pathway.edges, graph);
  return graph;
}

/** Nodes upstream of `node` (its inputs, their inputs…), nearest first; `through` says where to keep going. */
function upstream(pathway: Pathway, node: PathwayNode, through: (n: PathwayNode) => boolean): PathwayNode[] {
  const { byId, inputsOf } = graphOf(pathway);
  const found: PathwayNode[] = [];
  const seen = new Set([node.id]);
  let frontier = [node.id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const from of inputsOf.get(id) ?? []) {
        const input = byId.get(from);
        if (!input || seen.has(from)) continue;
        seen.add(from);
        found.push(input);
        if (through(input)) next.push(from);
      }
    }
    frontier = next;
  }
  return found;
}

/**
 * The skills a credential certifies: the skills upstream of it, through badges into a certificate and
 * through certificates into a program, so a program aligns to everything it stands for.
 */
export function skillsOf(pathway: Pathway, node: PathwayNode): PathwayNode[] {
  return upstream(pathway, node, (n) => n.kind !== 'skill').filter((n) => n.kind === 'skill');
}

/** The evidence a learner submits for this credential itself (not for the credentials stacked into it). */
function evidenceOf(pathway: Pathway, node: PathwayNode): PathwayNode[] {
  return upstream(pathway, node, (n) => !isCredential(n.kind)).filter((n) => n.kind === 'evidence');
}

/** The criteria narrative (Markdown, as OB 3.0 allows): the designer's words, the stacking rule, the evidence. */
export function criteriaNarrative(pathway: Pathway, node: PathwayNode): string {
  const credential = node.credential ?? {};
  const parts: string[] = [];
  if (credential.criteria?.trim()) parts.push(credential.criteria.trim());
  const rule = ruleInWords(pathway, node);
  if (rule) parts.push(rule);
  const evidence = evidenceOf(pathway, node).map((n) => (n.evidenceType ? `${titleOf(n)} (${n.evidenceType})` : titleOf(n)));
  const requirements = [credential.evidenceRequirements?.trim(), evidence.length > 0 ? `Submit: ${joinAnd(evidence)}.` : undefined].filter(Boolean);
  if (requirements.length > 0) parts.push(`Evidence: ${requirements.join(' ')}`);
  return parts.length > 0 ? parts.join('\n\n') : `Awarded by the issuer for the ${KIND_LABEL[node.kind].toLowerCase()} “${titleOf(node)}”.`;
}

export interface AchievementOptions {
  /** The badge or certificate image, from the credential's template. */
  image?: ObImage;
  /** The issuer, as the Achievement's `creator`. */
  creator?: ObProfile;
}

/** The OB 3.0 Achievement a badge, certificate or program node stands for (DESIGN §1, §6). */
export function achievementFor(pathway: Pathway, nodeId: string, options: AchievementOptions = {}): ObAchievement {
  const node = pathway.nodes.find((n) => n.id === nodeId);
  if (!node) throw new LaurelError('not-found', `“${pathway.name}” has no node with id “${nodeId}”.`);
  if (!isCredential(node.kind)) {
    throw new LaurelError('invalid-argument', `“${titleOf(node)}” is a ${node.kind}; only badges, certificates and programs are credentials.`);
  }
  const credential = node.credential ?? {};
  const name = credential.name?.trim() || titleOf(node);
  const achievement: ObAchievement = {
    id: achievementId(pathway.id, node.id),
    type: ['Achievement'],
    name,
    description: credential.description?.trim() || node.description?.trim() || `${KIND_LABEL[node.kind]} “${name}” of the pathway “${pathway.name}”.`,
    criteria: { narrative: criteriaNarrative(pathway, node) },
    achievementType: credential.achievementType ?? defaultAchievementType(node.kind),
  };
  if (options.image) achievement.image = options.image;
  const tags = (credential.tags ?? []).map((t) => t.trim()).filter(Boolean);
  if (tags.length > 0) achievement.tag = [...new Set(tags)];
  const seen = new Set<string>();
  const alignments = skillsOf(pathway, node)
    .flatMap((skill) => skill.alignments ?? [])
    .filter((a) => {
      const key = JSON.stringify([a.framework, a.code, a.name, alignmentUrl(a)]);
      return !seen.has(key) && seen.add(key);
    });
  if (alignments.length > 0) achievement.alignment = alignments.map(obAlignment);
  if (credential.creditsAvailable !== undefined) achievement.creditsAvailable = credential.creditsAvailable;
  if (credential.fieldOfStudy?.trim()) achievement.fieldOfStudy = credential.fieldOfStudy.trim();
  if (credential.language?.trim()) achievement.inLanguage = credential.language.trim();
  if (options.creator) achievement.creator = options.creator;
  return achievement;
}
