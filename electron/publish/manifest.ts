import crypto from 'node:crypto';
import { LaurelError } from '../../shared/api/result';
import { canonicalJson } from '../../shared/credentials/canonicalJson';
import { PathwaySchema } from '../../shared/pathway/schema';
import { publicationContent, type PublicationContent, type PublishedDocument } from '../../shared/publish/publication';
import { type TemplateBody } from '../../shared/template/model';
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

/** The publication of a pathway as it is now in the workspace (DESIGN §5). */
export function buildManifest(workspace: Workspace, pathwayId: string): Manifest {
  const design = workspace.get(pathwayId);
  if (design.kind !== 'pathway') throw new LaurelError('invalid-argument', `“${design.name}” is a ${design.kind}; only pathways are published.`);
  const pathway = PathwaySchema.parse(design.body);
  const templates = new Map<string, PublishedDocument<TemplateBody>>();
  const brandKits = new Map<string, PublishedDocument<unknown>>();
  for (const summary of workspace.list().designs) {
    if (summary.kind !== 'template' && summary.kind !== 'brandKit') continue;
    const { id, name, body } = workspace.get(summary.id);
    if (summary.kind === 'brandKit') brandKits.set(id, { id, name, body });
    else {
      const parsed = TemplateBodySchema.safeParse(body);
      if (parsed.success) templates.set(id, { id, name, body: parsed.data });
    }
  }
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
