/**
 * The names of every API method. Kept apart from the schemas so the preload bridge can be derived from it
 * without bundling a validator; `contract.ts` is checked against this list at compile time.
 */
export const METHOD_NAMES = [
  'getWorkspace',
  'listDesigns',
  'getDesign',
  'createDesign',
  'saveDesign',
  'saveDesignChanges',
  'renameDesign',
  'duplicateDesign',
  'deleteDesign',
  'listDeleted',
  'restoreDeleted',
  'listRevisions',
  'getRevision',
  'restoreRevision',
  'importPathway',
  'exportPathway',
  'importFramework',
  'searchSkills',
  'addAsset',
  'getAsset',
  'renderTemplate',
  'listGallery',
  'createFromGallery',
  // credentials and the issuer (credentialContract.ts)
  'getIssuerIdentity',
  'getIssuerLook',
  'saveIssuerProfile',
  'generateIssuerKey',
  'importIssuerKey',
  'exportIssuerPublic',
  'getAchievement',
  'issueSpecimen',
  'verifyCredential',
  'bakeCredential',
  'exportPathwayAs',
  // publishing to Hedera (publishContract.ts)
  'getHederaNetwork',
  'saveHederaNetwork',
  'planPublication',
  'publishPathway',
  'listPublications',
  'verifyPublication',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

/** The largest argument payload any method accepts, as JSON text. */
export const MAX_PAYLOAD_BYTES = 32 * 1024 * 1024;
