import { isCredential, ruleOf, type Pathway } from '../pathway/model';
import { titleOf } from '../pathway/names';
import { achievementFor, achievementId, obAlignment } from './achievement';
import { CLR_V2_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from './contexts';
import type { ObAchievement, ObProfile } from './obTypes';
import { isoSeconds } from './specimen';

/** CLR 2.0 AssociationType values Laurel writes. */
export type AssociationType = 'isPartOf' | 'precedes';

export interface ClrAssociation {
  type: 'Association';
  associationType: AssociationType;
  sourceId: string;
  targetId: string;
}

export interface ClrDocument {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'ClrCredential'];
  name: string;
  description?: string;
  issuer: ObProfile;
  validFrom: string;
  credentialSubject: {
    type: ['ClrSubject'];
    achievement: ObAchievement[];
    verifiableCredential: [];
    association: ClrAssociation[];
  };
}

export interface ClrOptions {
  issuer: ObProfile;
  validFrom: Date;
  /** The Achievement of a credential node, when the caller adds to it (a template image, a creator). */
  achievementOf?: (nodeId: string) => ObAchievement;
}

/**
 * A pathway's structure as CLR 2.0-shaped JSON (DESIGN §6): every badge, certificate and program as an
 * Achievement, every skill as a `Competency` Achievement with its framework alignments, and the graph as
 * associations. `A isPartOf B` for each edge between them (a skill is part of the badge it feeds, a badge
 * part of the certificate it stacks into); `A precedes B` where A is a prerequisite of B: the edge is
 * required, or B's rule is `all`. It is a design, not an issued record: `verifiableCredential` is empty and
 * there is no proof.
 */
export function clrFromPathway(pathway: Pathway, options: ClrOptions): ClrDocument {
  const included = pathway.nodes.filter((n) => n.kind === 'skill' || isCredential(n.kind));
  const ids = new Set(included.map((n) => n.id));
  const achievements = included.map((node): ObAchievement => {
    if (isCredential(node.kind)) return options.achievementOf?.(node.id) ?? achievementFor(pathway, node.id);
    const skill: ObAchievement = {
      id: achievementId(pathway.id, node.id),
      type: ['Achievement'],
      name: titleOf(node),
      description: node.description?.trim() || `The skill “${titleOf(node)}”.`,
      criteria: { narrative: `Demonstrated through the assessments and evidence of “${pathway.name}”.` },
      achievementType: 'Competency',
    };
    if (node.alignments?.length) skill.alignment = node.alignments.map(obAlignment);
    return skill;
  });
  const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
  const association: ClrAssociation[] = [];
  const seen = new Set<string>();
  for (const edge of pathway.edges) {
    if (!ids.has(edge.from) || !ids.has(edge.to) || seen.has(`${edge.from}\n${edge.to}`)) continue;
    seen.add(`${edge.from}\n${edge.to}`);
    const sourceId = achievementId(pathway.id, edge.from);
    const targetId = achievementId(pathway.id, edge.to);
    association.push({ type: 'Association', associationType: 'isPartOf', sourceId, targetId });
    const target = byId.get(edge.to)!;
    if (edge.required === true || ruleOf(target).type === 'all') association.push({ type: 'Association', associationType: 'precedes', sourceId, targetId });
  }
  const clr: ClrDocument = {
    '@context': [VC_V2_CONTEXT, CLR_V2_CONTEXT, OB_V3_CONTEXT],
    id: `urn:laurel:clr:${encodeURIComponent(pathway.id)}`,
    type: ['VerifiableCredential', 'ClrCredential'],
    name: pathway.name,
    issuer: options.issuer,
    validFrom: isoSeconds(options.validFrom),
    credentialSubject: { type: ['ClrSubject'], achievement: achievements, verifiableCredential: [], association },
  };
  if (pathway.description?.trim()) clr.description = pathway.description.trim();
  return clr;
}
