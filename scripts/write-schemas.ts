// Writes the JSON Schemas that ship in resources/schemas from the zod schemas in shared/.
import fs from 'node:fs';
import { pathwayJsonSchema } from '../shared/pathway/jsonSchema';

fs.mkdirSync('resources/schemas', { recursive: true });
fs.writeFileSync('resources/schemas/laurel.pathway-1.schema.json', JSON.stringify(pathwayJsonSchema(), null, 2) + '\n');
console.log('wrote resources/schemas/laurel.pathway-1.schema.json');
