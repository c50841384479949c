import { LaurelError } from '../../shared/api/result';
import type { IssuerIdentity, IssuerProfileFields, LogoUpload } from '../../shared/credentials/issuerIdentity';
import type { ObImage } from '../../shared/credentials/obTypes';
import { IssuerBodySchema, type IssuerBody } from '../../shared/issuer/model';
import type { Design } from '../../shared/documents';
import type { Workspace } from '../store/workspace';
import { generateIssuerKeyPair, issuerPublicKey, parseImportedKey, type IssuerKeyPair, type IssuerPublicKey } from './issuerKeyPair';
import type { KeyStore } from './keyStore';
import type { IssuerLook } from '../../shared/template/assetRefs';

/** The id the example seeds its issuer under; a workspace's issuer is this one, else its first issuer profile. */
export const DEFAULT_ISSUER_ID = 'issuer-default';

export function findIssuer(workspace: Workspace): (Design & { body: IssuerBody }) | undefined {
  // The default profile is read directly: listing the library to find it took as long as the library is large.
  const design = workspace.designOf(DEFAULT_ISSUER_ID, 'issuer') ?? firstIssuer(workspace);
  return design ? { ...design, body: IssuerBodySchema.parse(design.body) } : undefined;
}

function firstIssuer(workspace: Workspace): Design | undefined {
  const summary = workspace.list().designs.find((d) => d.kind === 'issuer');
  return summary && workspace.get(summary.id);
}

/** What templates show of the issuer: its name and logo (empty without a profile). */
export function issuerLook(workspace: Workspace): IssuerLook {
  const issuer = findIssuer(workspace);
  return issuer ? { name: issuer.body.name, ...(issuer.body.logoAsset ? { logoAsset: issuer.body.logoAsset } : {}) } : {};
}

/** The issuer's logo as an OB 3.0 Image (a data URI: a credential must not depend on a server of ours). */
export function issuerLogo(workspace: Workspace, body: IssuerBody): ObImage | undefined {
  if (!body.logoAsset) return undefined;
  const asset = workspace.getAsset(body.logoAsset);
  return asset && { id: `data:${asset.mediaType};base64,${asset.data.toString('base64')}`, type: 'Image', caption: `${body.name} logo` };
}

export function issuerIdentity(workspace: Workspace, keyStore: KeyStore): IssuerIdentity {
  const issuer = findIssuer(workspace);
  if (!issuer) return { profile: { name: '' }, key: 'none', keyStore: keyStore.description };
  const { body } = issuer;
  const profile: IssuerIdentity['profile'] = { name: body.name };
  if (body.url) profile.url = body.url;
  if (body.email) profile.email = body.email;
  if (body.description) profile.description = body.description;
  const logo = issuerLogo(workspace, body);
  if (logo) profile.logo = logo.id;
  const identity: IssuerIdentity = { issuerId: issuer.id, profile, key: 'none', keyStore: keyStore.description };
  if (body.did) {
    identity.did = body.did;
    const { status, reason } = keyStore.status(body.did);
    identity.key = status;
    if (reason) identity.keyReason = reason;
  }
  return identity;
}

/** Saves the issuer profile's fields (and logo), creating the profile if the workspace has none. */
export function saveIssuerProfile(workspace: Workspace, keyStore: KeyStore, fields: IssuerProfileFields, logo?: LogoUpload): IssuerIdentity {
  const issuer = findIssuer(workspace);
  const { name, url, email, description } = fields;
  const body: IssuerBody = { ...(issuer?.body ?? { schemaVersion: 1 }), name };
  for (const [key, value] of Object.entries({ url, email, description })) {
    if (value?.trim()) (body as Record<string, unknown>)[key] = value.trim();
    else delete (body as Record<string, unknown>)[key];
  }
  if (logo === null) delete body.logoAsset;
  else if (logo) body.logoAsset = workspace.putAsset(Buffer.from(logo.base64, 'base64'), logo.mediaType);
  if (issuer) {
    workspace.save(issuer.id, body, 'Edited the issuer profile');
    if (issuer.name !== name) workspace.rename(issuer.id, name);
  } else {
    workspace.create('issuer', name, body, { id: workspace.has(DEFAULT_ISSUER_ID) ? undefined : DEFAULT_ISSUER_ID, summary: 'Issuer profile' });
  }
  return issuerIdentity(workspace, keyStore);
}

/** Keeps a key pair for the workspace's issuer: in the key store first, then its DID in the workspace. */
function adoptKey(workspace: Workspace, keyStore: KeyStore, pair: IssuerKeyPair, replace: boolean, summary: string): IssuerIdentity {
  let issuer = findIssuer(workspace);
  if (issuer?.body.did && issuer.body.did !== pair.did && !replace) {
    throw new LaurelError(
      'conflict',
      `The issuer already has the key ${issuer.body.did}. Replacing it means credentials signed with it no longer match the issuer; confirm with “replace” to do it anyway.`,
    );
  }
  keyStore.save(pair);
  if (!issuer) {
    saveIssuerProfile(workspace, keyStore, { name: 'Issuer' });
    issuer = findIssuer(workspace)!;
  }
  if (issuer.body.did !== pair.did) workspace.save(issuer.id, { ...issuer.body, did: pair.did }, summary);
  return issuerIdentity(workspace, keyStore);
}

export function generateIssuerKey(workspace: Workspace, keyStore: KeyStore, options: { replace?: boolean } = {}): IssuerIdentity {
  const issuer = findIssuer(workspace);
  if (issuer?.body.did && !options.replace) {
    throw new LaurelError(
      'conflict',
      `The issuer already has the key ${issuer.body.did}. A new key means credentials signed with the old one no longer match the issuer; confirm with “replace” to make one anyway.`,
    );
  }
  return adoptKey(workspace, keyStore, generateIssuerKeyPair(), true, 'Issuer key generated');
}

export function importIssuerKey(workspace: Workspace, keyStore: KeyStore, text: string, options: { passphrase?: string; replace?: boolean } = {}): IssuerIdentity {
  const pair = parseImportedKey(text, options.passphrase);
  return adoptKey(workspace, keyStore, pair, options.replace ?? false, 'Issuer key imported');
}

/** The issuer's public key and DID document, for a verifier or a DID registry. Needs no private key. */
export function exportIssuerPublic(workspace: Workspace): IssuerPublicKey & { fileName: string } {
  const did = findIssuer(workspace)?.body.did;
  if (!did) throw new LaurelError('not-found', 'The issuer has no key yet. Generate or import one first.');
  return { ...issuerPublicKey(did), fileName: `${did.slice('did:key:'.length, 'did:key:'.length + 16)}.did.json` };
}

/** The issuer's key pair for signing, or an error that says how to get one. */
export function issuerKeyForSigning(workspace: Workspace, keyStore: KeyStore): { pair: IssuerKeyPair; issuer: Design & { body: IssuerBody } } {
  const issuer = findIssuer(workspace);
  if (!issuer?.body.did) {
    throw new LaurelError(
      'not-found',
      'The issuer has no key yet. Make one with `laurel issuer-key <workspace> --generate` (or Generate key in the studio’s Issuer page), or import one with --import <file>.',
    );
  }
  const status = keyStore.status(issuer.body.did);
  if (status.status !== 'present') {
    throw new LaurelError(
      status.status === 'absent' ? 'not-found' : 'unauthorized',
      `${status.reason ?? `The key for ${issuer.body.did} is not usable here.`} Import it with \`laurel issuer-key <workspace> --import <file>\` or in the studio’s Issuer page.`,
    );
  }
  return { pair: keyStore.load(issuer.body.did), issuer };
}
