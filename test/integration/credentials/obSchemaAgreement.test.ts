import fs from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { ACHIEVEMENT_CREDENTIAL_SCHEMA, ENDORSEMENT_CREDENTIAL_SCHEMA, schemaProblems } from '../../../electron/credentials/verify/obSchema';
import { readCredential } from '../../../electron/credentials/verify/readCredential';
import { issuingWorkspace } from '../../helpers/issuingWorkspace';

/**
 * Laurel ships its own OB 3.0 JSON Schema (resources/schemas/laurel.ob3-credentials.schema.json), written from
 * the data model, because 1EdTech's schemas may not be shipped. This runs every OB 3.0 credential in the
 * conformance fixtures, and Laurel's specimens, through both and requires the same verdict on each.
 */
const ROOT = path.resolve(import.meta.dirname, '../../fixtures/conformance');
const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const oneEdTech = (file: string) => ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'ob3/schemas/purl-json', file), 'utf8')));
const ONE_EDTECH = new Map([
  [ACHIEVEMENT_CREDENTIAL_SCHEMA, oneEdTech('ob_v3p0_achievementcredential_schema.json')],
  [ENDORSEMENT_CREDENTIAL_SCHEMA, oneEdTech('ob_v3p0_endorsementcredential_schema.json')],
]);

type Json = Record<string, unknown>;
/** The OB 3.0 schema a credential is checked against by its type, as `laurel verify` does; none if not an Open Badge. */
function schemaFor(credential: Json): string | undefined {
  const types = [credential.type].flat();
  if (types.includes('EndorsementCredential')) return ENDORSEMENT_CREDENTIAL_SCHEMA;
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) return ACHIEVEMENT_CREDENTIAL_SCHEMA;
  return undefined;
}

/** Every Open Badge in the fixtures (JSON, baked PNG and SVG), by path. */
const vectors = walk(ROOT)
  .filter((file) => !/\/(schemas|contexts)\//.test(file))
  .map((file) => ({ name: path.relative(ROOT, file), credential: readCredential(fs.readFileSync(file)).credential }))
  .filter((v): v is { name: string; credential: Json } => v.credential !== undefined && schemaFor(v.credential) !== undefined)
  .sort((a, b) => a.name.localeCompare(b.name));

/** Where the two schemas legitimately differ: the vector, and why. Each must still differ, so the list stays true. */
// 1EdTech's schema lets a single-string `type` be any IRI; the data model says a class's type must include
// its name, and Laurel's schema says so too. 1EdTech's own validator rejects these three samples all the same
// (EXPECTED-from-OB30Tests.tsv: assertInvalid, by its CredentialSubjectProbe / EvidenceProbe), so Laurel's
// schema agrees with the validator's verdict where the 1EdTech schema alone does not.
const TYPE_IS_CHECKED = 'Laurel’s schema requires a class’s own type name (1EdTech’s schema accepts any single string; its validator rejects the sample)';
const DIFFERENCES: Record<string, string> = {
  'ob3/1edtech-validator-tests/ob30/simple-err-credential-subject-achievement-result-description-type.json': `${TYPE_IS_CHECKED}: "InvalidResultDescription"`,
  'ob3/1edtech-validator-tests/ob30/simple-err-credential-subject-profile-type.json': `${TYPE_IS_CHECKED}: source "InvalidProfile"`,
  'ob3/1edtech-validator-tests/ob30/simple-err-evidence-type.json': `${TYPE_IS_CHECKED}: "InvalidEvidence"`,
};

const disagreements: string[] = [];
function compare(name: string, credential: Json) {
  const schema = schemaFor(credential)!;
  const laurel = schemaProblems(schema, credential);
  const validate = ONE_EDTECH.get(schema)!;
  const theirs = validate(credential);
  const agree = (laurel.length === 0) === theirs;
  if (!agree) {
    const ours = laurel.length === 0 ? 'valid' : `invalid (${laurel.slice(0, 3).join('; ')})`;
    const oneEd = theirs ? 'valid' : `invalid (${(validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath}: ${e.message}`).join('; ')})`;
    disagreements.push(`${name}: Laurel ${ours}; 1EdTech ${oneEd}`);
  }
  return { agree, laurelValid: laurel.length === 0 };
}

afterAll(() => {
  console.info(`OB 3.0 schema agreement: ${vectors.length} conformance vectors and Laurel's specimens; ${disagreements.length} disagreement(s), ${Object.keys(DIFFERENCES).length} of them expected${disagreements.map((d) => `\n  ${d}`).join('')}`);
});

describe('Laurel’s OB 3.0 schema agrees with 1EdTech’s', () => {
  it('finds the OB 3.0 vectors, valid and invalid', () => {
    expect(vectors.length).toBeGreaterThan(100);
    expect(vectors.some((v) => v.name.includes('simple-err-issuer-type'))).toBe(true);
  });

  it.each(vectors)('$name', ({ name, credential }) => {
    const { agree, laurelValid } = compare(name, credential);
    if (DIFFERENCES[name]) {
      expect(agree, `expected to differ: ${DIFFERENCES[name]}`).toBe(false);
      expect(laurelValid).toBe(false);
    } else expect(agree, disagreements.find((d) => d.startsWith(`${name}:`))).toBe(true);
  });

  describe('Laurel’s specimens', () => {
    const issuer = issuingWorkspace('laurel-schema-');

    it.each(['badge-sql', 'badge-python', 'certificate-data-analytics', 'program-data-analytics'])('%s is valid under both', async (nodeId) => {
      const { credential } = await issuer.issue(nodeId);
      const { agree, laurelValid } = compare(`specimen ${nodeId}`, credential as Json);
      expect(agree, disagreements.at(-1)).toBe(true);
      expect(laurelValid).toBe(true);
    });
  });
});
