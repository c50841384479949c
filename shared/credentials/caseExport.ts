import type { Pathway } from '../pathway/model';
import { titleOf } from '../pathway/names';
import { alignmentUrl } from './achievement';

interface NodeUri {
  title: string;
  identifier: string;
  uri: string;
}

export interface CfItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  abbreviatedStatement: string;
  humanCodingScheme?: string;
  CFItemType: 'Skill';
  lastChangeDateTime: string;
  CFDocumentURI: NodeUri;
}

export interface CfAssociation {
  identifier: string;
  uri: string;
  associationType: 'isChildOf' | 'exactMatchOf';
  originNodeURI: NodeUri;
  destinationNodeURI: NodeUri;
  CFDocumentURI: NodeUri;
  lastChangeDateTime: string;
}

export interface CfPackage {
  CFDocument: {
    identifier: string;
    uri: string;
    creator: string;
    title: string;
    description?: string;
    lastChangeDateTime: string;
    CFPackageURI: NodeUri;
  };
  CFItems: CfItem[];
  CFAssociations: CfAssociation[];
}

export interface CaseOptions {
  /** The organisation named as the framework's creator. */
  creator: string;
  lastChange: Date;
  /**
   * A UUID for a key (CASE identifiers are UUIDs). The caller makes them deterministic (UUID v5 of the
   * key), so exporting the same pathway twice gives the same identifiers, as CASE consumers expect.
   */
  uuidFor(key: string): string;
}

/**
 * A pathway's skills as a 1EdTech CASE 1.0 CFPackage (DESIGN §6): one CFDocument for the pathway, one
 * CFItem per skill (`isChildOf` the document), and each skill's framework alignment as `exactMatchOf` its
 * framework's entry. Laurel hosts nothing, so URIs are `urn:uuid:` of the identifiers.
 */
export function casePackageFromPathway(pathway: Pathway, options: CaseOptions): CfPackage {
  const at = options.lastChange.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const ref = (title: string, identifier: string): NodeUri => ({ title, identifier, uri: `urn:uuid:${identifier}` });
  const documentId = options.uuidFor(`document:${pathway.id}`);
  const title = `${pathway.name} — skills`;
  const documentRef = ref(title, documentId);
  const items: CfItem[] = [];
  const associations: CfAssociation[] = [];
  const association = (key: string, associationType: CfAssociation['associationType'], originNodeURI: NodeUri, destinationNodeURI: NodeUri) => {
    const identifier = options.uuidFor(`association:${pathway.id}:${key}`);
    associations.push({ identifier, uri: `urn:uuid:${identifier}`, associationType, originNodeURI, destinationNodeURI, CFDocumentURI: documentRef, lastChangeDateTime: at });
  };
  for (const skill of pathway.nodes.filter((n) => n.kind === 'skill')) {
    const identifier = options.uuidFor(`item:${pathway.id}:${skill.id}`);
    const first = skill.alignments?.[0];
    const item: CfItem = {
      identifier,
      uri: `urn:uuid:${identifier}`,
      fullStatement: skill.description?.trim() || first?.description?.trim() || titleOf(skill),
      abbreviatedStatement: titleOf(skill),
      CFItemType: 'Skill',
      lastChangeDateTime: at,
      CFDocumentURI: documentRef,
    };
    if (first?.code) item.humanCodingScheme = first.code;
    items.push(item);
    const itemRef = ref(item.abbreviatedStatement, identifier);
    association(`${skill.id}:parent`, 'isChildOf', itemRef, documentRef);
    for (const [i, a] of (skill.alignments ?? []).entries()) {
      const target = alignmentUrl(a);
      association(`${skill.id}:alignment:${i}`, 'exactMatchOf', itemRef, { title: a.name, identifier: a.code ?? a.name, uri: target });
    }
  }
  const document: CfPackage['CFDocument'] = {
    identifier: documentId,
    uri: `urn:uuid:${documentId}`,
    creator: options.creator,
    title,
    lastChangeDateTime: at,
    CFPackageURI: documentRef,
  };
  if (pathway.description?.trim()) document.description = pathway.description.trim();
  return { CFDocument: document, CFItems: items, CFAssociations: associations };
}
