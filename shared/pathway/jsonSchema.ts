import { z } from 'zod';
import { PathwaySchema } from './schema';

/**
 * The JSON Schema of `laurel.pathway/1`, generated from the zod schema that the app itself validates with,
 * so the two cannot drift. `resources/schemas/laurel.pathway-1.schema.json` is this, written by
 * `npm run schemas`; a test fails when the file is out of date.
 */
export function pathwayJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://laurel.studio/schemas/laurel.pathway-1.schema.json',
    title: 'Laurel pathway (laurel.pathway/1)',
    description: 'A credential pathway: learning units, assessments, evidence, skills, badges, certificates and programs, and the stacking rules between them.',
    ...z.toJSONSchema(PathwaySchema, { target: 'draft-2020-12', io: 'input' }),
  };
}
