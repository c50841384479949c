import crypto from 'node:crypto';
import { LaurelError } from '../../shared/api/result';
import { canonicalJson } from '../../shared/credentials/canonicalJson';
import { PathwaySchema } from '../../shared/pathway/schema';
import { publicationContent, type PublicationContent, type PublishedDocument } from '../../shared/publish/publication';
import type { Design } from '../../shared/documents';
import { TemplateBodySchema } from '../../shared/template/schema';
import { findIssuer } from '../keys/issuerIdentity';
import type { Workspace } from '../store/workspace';

export interface Manifest {
  designId: string;
  designName: string;
  content: PublicationContent;
  /** The RFC 8785 canonical JSON, UTF-8: exactly the bytes that are hashed and published. */
  bytes: Buffer;
  sha256: string;
}

/** A design as published, with its body as `read` takes it; undefined without one, or when `read` refuses it. */
function published<B>(design: Design | undefined, read: (body: unknown) => B | undefined): PublishedDocument<B> | undefined {
  const body = design && read(design.body);
  return design && body !== undefined ? { id: design.id, name: design.name, body } : undefined;
}

/** The publication of a pathway as it is now in the workspace (DESIGN §5). */
export function buildManifest(workspace: Workspace, pathwayId: string): Manifest {
  const design = workspace.get(pathwayId);
  if (design.kind !== 'pathway') throw new LaurelError('invalid-argument', `“${design.name}” is a ${design.kind}; only pathways are published.`);
  const pathway = PathwaySchema.parse(design.body);
  // Only the templates and kits the credentials name are read: a library of hundreds stays unread.
  const templates = { get: (id: string) => published(workspace.designOf(id, 'template'), (body) => TemplateBodySchema.safeParse(body).data) };
  const brandKits = { get: (id: string) => published(workspace.designOf(id, 'brandKit'), (body) => body) };
  const issuer = findIssuer(workspace);
  const content = publicationContent({
    pathway,
    templates,
    brandKits,
    ...(issuer ? { issuer: { id: issuer.id, body: issuer.body } } : {}),
    asset: (sha256) => {
      const asset = workspace.getAsset(sha256);
      return asset && { sha256, mediaType: asset.mediaType, byteLength: asset.data.length };
    },
  });
  const bytes = Buffer.from(canonicalJson(content), 'utf8');
  return { designId: design.id, designName: design.name, content, bytes, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}
