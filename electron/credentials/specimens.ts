import crypto from 'node:crypto';
import { LaurelError } from '../../shared/api/result';
import { achievementFor } from '../../shared/credentials/achievement';
import { templateSvg } from '../../shared/credentials/badgeSvg';
import { issuerProfile } from '../../shared/credentials/issuerProfile';
import type { ObAchievement, ObIdentityObject, ObImage } from '../../shared/credentials/obTypes';
import { specimenCredential } from '../../shared/credentials/specimen';
import type { VerificationReport } from '../../shared/credentials/verificationReport';
import type { CredentialSummary } from '../../shared/documents';
import { isCredential, type Pathway, type PathwayNode } from '../../shared/pathway/model';
import { PathwaySchema } from '../../shared/pathway/schema';
import type { TemplateBody } from '../../shared/template/model';
import { TemplateBodySchema } from '../../shared/template/schema';
import type { MergeData } from '../../shared/template/mergeFields';
import { findIssuer, issuerKeyForSigning, issuerLogo } from '../keys/issuerIdentity';
import type { KeyStore } from '../keys/keyStore';
import { brandKitOf } from '../render/brandKitOf';
import type { Workspace } from '../store/workspace';
import { bakePng, bakeSvg } from './bake';
import { svgToPng } from './badgePng';
import { signCredential } from './sign';
import { verifyCredentialJson } from './verify/verifyCredential';

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'credential';

export function pathwayOf(workspace: Workspace, pathwayId: string): Pathway {
  const design = workspace.get(pathwayId);
  if (design.kind !== 'pathway') throw new LaurelError('invalid-argument', `“${design.name}” is a ${design.kind}, not a pathway.`);
  return PathwaySchema.parse(design.body);
}

function templateOf(workspace: Workspace, node: PathwayNode): TemplateBody | undefined {
  const id = node.credential?.templateId;
  try {
    const design = id ? workspace.designOf(id, 'template') : undefined;
    return design && TemplateBodySchema.parse(design.body);
  } catch {
    return undefined; // a template from a newer Laurel, or not valid: the credential just has no image
  }
}

/** The credential's image: its template drawn with the achievement's and issuer's names, as an SVG data URI. */
function achievementImage(workspace: Workspace, node: PathwayNode, name: string, issuerName: string): ObImage | undefined {
  const template = templateOf(workspace, node);
  if (!template) return undefined;
  const svg = templateSvg(template, { achievement: { name }, issuer: { name: issuerName }, recipient: { name: '', email: '' } }, brandKitOf(workspace, template));
  return { id: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, type: 'Image', caption: `${name} ${template.templateKind}` };
}

/** A credential node's OB 3.0 Achievement, with its template image and the issuer as creator. */
export function achievementOf(workspace: Workspace, pathwayId: string, nodeId: string): ObAchievement {
  const pathway = pathwayOf(workspace, pathwayId);
  const node = pathway.nodes.find((n) => n.id === nodeId);
  if (!node) throw new LaurelError('not-found', `“${pathway.name}” has no node with id “${nodeId}”.`);
  const issuer = findIssuer(workspace);
  const name = node.credential?.name?.trim() || node.title;
  const image = isCredential(node.kind) ? achievementImage(workspace, node, name, issuer?.body.name ?? '') : undefined;
  const logo = issuer && issuerLogo(workspace, issuer.body);
  const creator = issuer && issuerProfile(issuer.body, { fallbackId: `urn:laurel:issuer:${encodeURIComponent(issuer.id)}`, ...(logo ? { logo } : {}) });
  return achievementFor(pathway, nodeId, { ...(image ? { image } : {}), ...(creator ? { creator } : {}) });
}

/**
 * The credential a person means by `ref` on the command line: a node id, or a credential's name (exact,
 * then ignoring case), across the workspace's pathways. Two matches is a usage error that lists them.
 */
export function findCredential(workspace: Workspace, ref: string): CredentialSummary {
  const credentials = workspace.list().credentials;
  const byId = credentials.filter((c) => c.nodeId === ref || `${c.pathwayId}/${c.nodeId}` === ref);
  const exact = credentials.filter((c) => c.name === ref);
  const matches = byId.length > 0 ? byId : exact.length > 0 ? exact : credentials.filter((c) => c.name.toLowerCase() === ref.toLowerCase());
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new LaurelError('invalid-argument', `${matches.length} credentials match “${ref}”; name one as <pathway id>/<node id>: ${matches.map((c) => `${c.pathwayId}/${c.nodeId}`).join(', ')}`);
  }
  throw new LaurelError('not-found', `There is no badge, certificate or program named or with id “${ref}”. Run \`laurel info <file>\` to list the workspace's designs.`);
}

export interface SpecimenRecipient {
  name: string;
  email?: string;
}

export interface IssuedSpecimen {
  credential: Record<string, unknown>;
  /** The signed credential as a file's text. */
  json: string;
  fileName: string;
  report: VerificationReport;
}

function identifiers(recipient: SpecimenRecipient): ObIdentityObject[] {
  const out: ObIdentityObject[] = [{ type: 'IdentityObject', hashed: false, identityHash: recipient.name, identityType: 'name' }];
  if (recipient.email?.trim()) {
    // An email is personal data: a verifier who knows the address can match it; nobody can read it off.
    const salt = crypto.randomBytes(8).toString('hex');
    const hash = crypto.createHash('sha256').update(recipient.email.trim().toLowerCase() + salt).digest('hex');
    out.push({ type: 'IdentityObject', hashed: true, identityHash: `sha256$${hash}`, identityType: 'emailAddress', salt });
  }
  return out;
}

/**
 * Issues a specimen `OpenBadgeCredential` of a workspace credential for a sample recipient, signed
 * (eddsa-rdfc-2022) by the issuer's did:key from this machine's key store, and verifies it at once.
 */
export async function issueSpecimen(
  workspace: Workspace,
  keyStore: KeyStore,
  request: { pathwayId: string; nodeId: string; recipient: SpecimenRecipient; validFrom?: Date },
): Promise<IssuedSpecimen> {
  const { pair, issuer } = issuerKeyForSigning(workspace, keyStore);
  const achievement = achievementOf(workspace, request.pathwayId, request.nodeId);
  const pathway = pathwayOf(workspace, request.pathwayId);
  const node = pathway.nodes.find((n) => n.id === request.nodeId)!;
  const logo = issuerLogo(workspace, issuer.body);
  const unsigned = specimenCredential({
    id: `urn:uuid:${crypto.randomUUID()}`,
    achievement,
    issuer: issuerProfile(issuer.body, { did: pair.did, ...(logo ? { logo } : {}) }),
    identifiers: identifiers(request.recipient),
    validFrom: request.validFrom ?? new Date(),
    ...(node.credential?.validForMonths !== undefined ? { validForMonths: node.credential.validForMonths } : {}),
  });
  const credential = (await signCredential(unsigned, pair)) as unknown as Record<string, unknown>;
  const report = await verifyCredentialJson(credential, { cached: true });
  return { credential, json: JSON.stringify(credential, null, 2) + '\n', fileName: `${slug(achievement.name)}-specimen.credential.json`, report };
}

/** The badge picture a credential is baked into: its template, filled with the credential's own data. */
function bakeableSvg(workspace: Workspace, credential: Record<string, unknown>): string {
  const subject = credential.credentialSubject as { achievement?: { id?: string; name?: string; description?: string }; identifier?: ObIdentityObject[] } | undefined;
  const achievementId = subject?.achievement?.id ?? '';
  const match = /^urn:laurel:achievement:([^:]+):([^:]+)$/.exec(achievementId);
  const pathwayId = match && decodeURIComponent(match[1]!);
  const nodeId = match && decodeURIComponent(match[2]!);
  const node = pathwayId && workspace.has(pathwayId) ? pathwayOf(workspace, pathwayId).nodes.find((n) => n.id === nodeId) : undefined;
  const template = node && templateOf(workspace, node);
  if (!template) throw new LaurelError('invalid-argument', 'This credential’s badge has no template in this workspace, so there is no image to bake it into.');
  const issuer = credential.issuer as { name?: string } | undefined;
  const data: MergeData = {
    achievement: { name: subject?.achievement?.name ?? '', description: subject?.achievement?.description ?? '' },
    issuer: { name: issuer?.name ?? '' },
    recipient: { name: subject?.identifier?.find((i) => i.identityType === 'name')?.identityHash ?? '' },
    credential: { id: String(credential.id ?? '') },
    issuedOn: String(credential.validFrom ?? '').slice(0, 10),
  };
  return templateSvg(template, data, brandKitOf(workspace, template));
}

/** A signed credential baked into its badge image (PNG iTXt or SVG element). */
export function bakeCredential(workspace: Workspace, credentialJson: string, format: 'png' | 'svg'): { data: Buffer; mediaType: string; fileName: string } {
  let credential: Record<string, unknown>;
  try {
    credential = JSON.parse(credentialJson) as Record<string, unknown>;
  } catch {
    throw new LaurelError('invalid-argument', 'The credential to bake is not JSON.');
  }
  const svg = bakeableSvg(workspace, credential);
  const name = slug(String(credential.name ?? 'credential'));
  if (format === 'svg') return { data: Buffer.from(bakeSvg(svg, credentialJson)), mediaType: 'image/svg+xml', fileName: `${name}-specimen.svg` };
  return { data: bakePng(svgToPng(svg), credentialJson), mediaType: 'image/png', fileName: `${name}-specimen.png` };
}
