import { achievementFor } from '../credentials/achievement';
import { issuerProfile } from '../credentials/issuerProfile';
import type { ObAchievement, ObProfile } from '../credentials/obTypes';
import type { IssuerBody } from '../issuer/model';
import { isCredential, type Pathway } from '../pathway/model';
import type { TemplateBody } from '../template/model';

/**
 * A publication (DESIGN §5): what one version of a pathway was designed to mean, as one JSON object whose
 * RFC 8785 canonical form is hashed and stored on the ledger. It holds no time, revision or machine: the
 * same design gives the same bytes, so publishing unchanged content again is recognised and skipped.
 */
export const PUBLICATION_FORMAT = 'laurel.publication/1';

export interface PublishedDocument<B> {
  id: string;
  name: string;
  body: B;
}

export interface PublicationAsset {
  sha256: string;
  mediaType: string;
  byteLength: number;
}

export interface PublicationContent {
  format: typeof PUBLICATION_FORMAT;
  pathway: Pathway;
  /** The OB 3.0 Achievement of every badge, certificate and program, with its skill alignments. */
  achievements: ObAchievement[];
  templates: PublishedDocument<TemplateBody>[];
  brandKits: PublishedDocument<unknown>[];
  issuer: ObProfile | null;
  /** Images are not published, only their SHA-256, so a copy can be checked against the design. */
  assets: PublicationAsset[];
}

/**
 * What a publication is assembled from: the workspace's documents, read by the caller. Templates and
 * brand kits are looked up by id, only those the pathway's credentials name.
 */
export interface PublicationSources {
  pathway: Pathway;
  templates: Pick<ReadonlyMap<string, PublishedDocument<TemplateBody>>, 'get'>;
  brandKits: Pick<ReadonlyMap<string, PublishedDocument<unknown>>, 'get'>;
  issuer?: { id: string; body: IssuerBody };
  asset(sha256: string): PublicationAsset | undefined;
}

/** The assets a template shows: its background, images and signatures. */
export function templateAssets(body: TemplateBody): string[] {
  const found = body.page.backgroundAsset ? [body.page.backgroundAsset] : [];
  for (const element of body.elements) if ((element.type === 'image' || element.type === 'signature') && element.asset) found.push(element.asset);
  return found;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function publicationContent(sources: PublicationSources): PublicationContent {
  const { pathway } = sources;
  const issuer = sources.issuer
    ? issuerProfile(sources.issuer.body, { ...(sources.issuer.body.did ? { did: sources.issuer.body.did } : {}), fallbackId: `urn:laurel:issuer:${encodeURIComponent(sources.issuer.id)}` })
    : null;
  const credentials = pathway.nodes.filter((node) => isCredential(node.kind));
  const achievements = credentials.map((node) => achievementFor(pathway, node.id, issuer ? { creator: issuer } : {}));

  const templates = new Map<string, PublishedDocument<TemplateBody>>();
  for (const node of credentials) {
    const template = node.credential?.templateId ? sources.templates.get(node.credential.templateId) : undefined;
    if (template) templates.set(template.id, template);
  }
  const brandKits = new Map<string, PublishedDocument<unknown>>();
  const assetIds = new Set<string>(sources.issuer?.body.logoAsset ? [sources.issuer.body.logoAsset] : []);
  for (const template of templates.values()) {
    const kit = template.body.brandKitId ? sources.brandKits.get(template.body.brandKitId) : undefined;
    if (kit) {
      brandKits.set(kit.id, kit);
      for (const logo of (kit.body as { logos?: string[] }).logos ?? []) assetIds.add(logo);
    }
    for (const sha256 of templateAssets(template.body)) assetIds.add(sha256);
  }
  const assets = [...assetIds]
    .sort()
    .map((sha256) => sources.asset(sha256))
    .filter((asset): asset is PublicationAsset => asset !== undefined);

  return {
    format: PUBLICATION_FORMAT,
    pathway,
    achievements,
    templates: [...templates.values()].sort(byId),
    brandKits: [...brandKits.values()].sort(byId),
    issuer,
    assets,
  };
}
