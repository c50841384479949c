import crypto from 'node:crypto';
import { LaurelError } from '../../shared/api/result';
import { casePackageFromPathway } from '../../shared/credentials/caseExport';
import { clrFromPathway } from '../../shared/credentials/clrExport';
import { issuerProfile } from '../../shared/credentials/issuerProfile';
import { pathwayJson } from '../api/pathwayInterchange';
import { findIssuer, issuerLogo } from '../keys/issuerIdentity';
import type { Workspace } from '../store/workspace';
import { achievementOf, pathwayOf } from './specimens';

import type { ExportFormat } from './exportFormats';

/** A name-based UUID (RFC 9562 v5, SHA-1) in Laurel's namespace: the same key always gives the same UUID. */
const LAUREL_NAMESPACE = Buffer.from('8e0b3c1a5d2f4e6b9a7c1d3e5f708192', 'hex');
export function uuidFor(key: string): string {
  const hash = crypto.createHash('sha1').update(LAUREL_NAMESPACE).update(key, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'pathway';

/**
 * A pathway in one of its standard forms (DESIGN §6): `laurel` (laurel.pathway/1), `clr` (CLR 2.0-shaped
 * achievements and associations) or `case` (its skills as a CASE CFPackage).
 */
export function exportPathwayAs(workspace: Workspace, id: string, format: ExportFormat, now = new Date()): { json: string; fileName: string } {
  if (format === 'laurel') return pathwayJson(workspace, id);
  const pathway = pathwayOf(workspace, id);
  const issuer = findIssuer(workspace);
  const name = slug(pathway.name);
  if (format === 'case') {
    const creator = issuer?.body.name ?? 'Laurel Studio';
    const cfPackage = casePackageFromPathway(pathway, { creator, lastChange: now, uuidFor });
    return { json: JSON.stringify(cfPackage, null, 2) + '\n', fileName: `${name}.case.json` };
  }
  if (format === 'clr') {
    const logo = issuer && issuerLogo(workspace, issuer.body);
    const profile = issuer
      ? issuerProfile(issuer.body, { fallbackId: `urn:laurel:issuer:${encodeURIComponent(issuer.id)}`, ...(logo ? { logo } : {}) })
      : { id: 'urn:laurel:issuer', type: ['Profile'] as ['Profile'], name: 'Unnamed issuer' };
    const clr = clrFromPathway(pathway, { issuer: profile, validFrom: now, achievementOf: (nodeId) => achievementOf(workspace, pathway.id, nodeId) });
    return { json: JSON.stringify(clr, null, 2) + '\n', fileName: `${name}.clr.json` };
  }
  throw new LaurelError('invalid-argument', `Unknown export format “${String(format)}”; use laurel, clr or case.`);
}
