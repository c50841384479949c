/**
 * The parts of Open Badges 3.0 (and CLR 2.0) JSON that Laurel writes, as plain data. Property names are
 * the specification's; optional ones are left out rather than written empty.
 */
export interface ObImage {
  id: string;
  type: 'Image';
  caption?: string;
}

export interface ObAlignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetDescription?: string;
  targetCode?: string;
  targetFramework?: string;
  targetType?: string;
}

export interface ObProfile {
  id: string;
  type: ['Profile'];
  name?: string;
  url?: string;
  email?: string;
  description?: string;
  image?: ObImage;
}

export interface ObAchievement {
  id: string;
  type: ['Achievement'];
  name: string;
  description: string;
  criteria: { narrative: string };
  achievementType?: string;
  image?: ObImage;
  tag?: string[];
  alignment?: ObAlignment[];
  creditsAvailable?: number;
  fieldOfStudy?: string;
  inLanguage?: string;
  creator?: ObProfile;
}

export interface ObIdentityObject {
  type: 'IdentityObject';
  hashed: boolean;
  identityHash: string;
  identityType: string;
  salt?: string;
}

/** An `OpenBadgeCredential` before its proof. */
export interface UnsignedOpenBadgeCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  description?: string;
  issuer: ObProfile;
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    type: ['AchievementSubject'];
    identifier?: ObIdentityObject[];
    achievement: ObAchievement;
  };
}
