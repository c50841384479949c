import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import fs from 'node:fs';
import { resourcePath } from '../../files/resourcePath';

/** The schema URLs OB 3.0 credentials name in `credentialSchema`: 1EdTech's, which Laurel does not ship. */
export const ACHIEVEMENT_CREDENTIAL_SCHEMA = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
export const ENDORSEMENT_CREDENTIAL_SCHEMA = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json';

/**
 * Laurel's own JSON Schema of the OB 3.0 credentials (resources/schemas/laurel.ob3-credentials.schema.json),
 * written from the data model. A credential that names 1EdTech's schema is checked against the class of
 * Laurel's schema that describes the same credential; obSchemaAgreement.test.ts keeps the verdicts equal.
 */
const CLASS_FOR_SCHEMA: Record<string, string> = {
  [ACHIEVEMENT_CREDENTIAL_SCHEMA]: 'AchievementCredential',
  [ENDORSEMENT_CREDENTIAL_SCHEMA]: 'EndorsementCredential',
};

let validators: Map<string, ValidateFunction> | undefined;

function load(): Map<string, ValidateFunction> {
  if (validators) return validators;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const schema = JSON.parse(fs.readFileSync(resourcePath('schemas', 'laurel.ob3-credentials.schema.json'), 'utf8')) as { $id: string };
  ajv.addSchema(schema);
  validators = new Map(Object.entries(CLASS_FOR_SCHEMA).map(([id, name]) => [id, ajv.getSchema(`${schema.$id}#/$defs/${name}`)!]));
  return validators;
}

export const knownSchema = (id: string) => id in CLASS_FOR_SCHEMA;

/** Problems of `credential` against the OB 3.0 class checked for schema `id`, as “path: message” (at most 10); empty when valid. */
export function schemaProblems(id: string, credential: unknown): string[] {
  const validate = load().get(id);
  if (!validate) throw new Error(`No OB 3.0 schema for ${id}`);
  if (validate(credential)) return [];
  const errors = (validate.errors ?? []) as ErrorObject[];
  // oneOf branches repeat each other; the deepest messages say what is wrong.
  const messages = [...new Set(errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf').map((e) => `${e.instancePath || '(root)'}: ${e.message ?? e.keyword}`))];
  return (messages.length > 0 ? messages : errors.map((e) => `${e.instancePath || '(root)'}: ${e.message ?? e.keyword}`)).slice(0, 10);
}
