import type { ApiHandlers } from '../../shared/api/contract';
import type { CREDENTIAL_METHOD_NAMES } from '../../shared/api/credentialContract';
import { exportIssuerPublic, generateIssuerKey, importIssuerKey, issuerIdentity, issuerLook, saveIssuerProfile } from '../keys/issuerIdentity';
import type { KeyStore } from '../keys/keyStore';
import type { Workspace } from '../store/workspace';

type CredentialHandlers = Pick<ApiHandlers, (typeof CREDENTIAL_METHOD_NAMES)[number]>;

// The JSON-LD and signing libraries load on first use, not with every process that has the API (the CLI).
const specimens = () => import('../credentials/specimens');
const standardExports = () => import('../credentials/standardExports');
const verifier = () => import('../credentials/verify/verifyCredential');

/** The credential and issuer methods' Node side; `keyStore` is this machine's (safeStorage in the app). */
export function credentialHandlers(workspace: () => Workspace, keyStore: KeyStore): CredentialHandlers {
  return {
    getIssuerIdentity: () => issuerIdentity(workspace(), keyStore),
    getIssuerLook: () => issuerLook(workspace()),
    saveIssuerProfile: ({ profile, logo }) => saveIssuerProfile(workspace(), keyStore, profile, logo),
    generateIssuerKey: ({ replace }) => generateIssuerKey(workspace(), keyStore, { replace: replace ?? false }),
    importIssuerKey: ({ text, passphrase, replace }) => importIssuerKey(workspace(), keyStore, text, { replace: replace ?? false, ...(passphrase ? { passphrase } : {}) }),
    exportIssuerPublic: () => exportIssuerPublic(workspace()),
    getAchievement: async ({ pathwayId, nodeId }) => {
      const achievement = (await specimens()).achievementOf(workspace(), pathwayId, nodeId);
      const slug = achievement.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'achievement';
      return { achievement, json: JSON.stringify(achievement, null, 2) + '\n', fileName: `${slug}.achievement.json` };
    },
    issueSpecimen: async ({ pathwayId, nodeId, recipient }) => {
      const { json, fileName, report } = await (await specimens()).issueSpecimen(workspace(), keyStore, {
        pathwayId,
        nodeId,
        recipient: { name: recipient.name, ...(recipient.email?.trim() ? { email: recipient.email.trim() } : {}) },
      });
      return { json, fileName, report };
    },
    verifyCredential: async ({ data, encoding }) => (await verifier()).verifyCredentialBytes(Buffer.from(data, encoding === 'base64' ? 'base64' : 'utf8')),
    bakeCredential: async ({ json, format }) => {
      const baked = (await specimens()).bakeCredential(workspace(), json, format);
      return { base64: baked.data.toString('base64'), mediaType: baked.mediaType, fileName: baked.fileName };
    },
    exportPathwayAs: async ({ id, as }) => (await standardExports()).exportPathwayAs(workspace(), id, as ?? 'laurel'),
  };
}
