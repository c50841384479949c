import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import fs from 'node:fs';
import { resourcePath } from '../../files/resourcePath';

/** The OB 3.0 JSON Schemas Laurel ships, by their `$id` (the purl URL credentials name in `credentialSchema`). */
const SCHEMA_FILES = ['ob_v3p0_achievementcredential_schema.json', 'ob_v3p0_endorsementcredential_schema.json'] as const;
export const ACHIEVEMENT_CREDENTIAL_SCHEMA = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
export const ENDORSEMENT_CREDENTIAL_SCHEMA = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json';

let validators: Map<string, ValidateFunction> | undefined;

function load(): Map<string, ValidateFunction> {
  if (validators) return validators;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ajv);
  validators = new Map();
  for (const file of SCHEMA_FILES) {
    const schema = JSON.parse(fs.readFileSync(resourcePath('schemas', 'ob3', file), 'utf8')) as { $id: string };
    validators.set(schema.$id, ajv.compile(schema));
  }
  return validators;
}

export const knownSchema = (id: string) => load().has(id);

/** Problems of `credential` against the bundled schema `$id`, as “path: message” (at most 10); empty when valid. */
export function schemaProblems(id: string, credential: unknown): string[] {
  const validate = load().get(id);
  if (!validate) throw new Error(`No bundled schema ${id}`);
  if (validate(credential)) return [];
  const errors = (validate.errors ?? []) as ErrorObject[];
  // oneOf branches repeat each other; the deepest messages say what is wrong.
  const messages = [...new Set(errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf').map((e) => `${e.instancePath || '(root)'}: ${e.message ?? e.keyword}`))];
  return (messages.length > 0 ? messages : errors.map((e) => `${e.instancePath || '(root)'}: ${e.message ?? e.keyword}`)).slice(0, 10);
}
