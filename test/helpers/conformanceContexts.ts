import fs from 'node:fs';
import path from 'node:path';
import { bundledContexts, type ContextRevisions } from '../../electron/credentials/bundledContexts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/conformance/contexts');

/**
 * Contexts that no redistributable npm package has, so Laurel does not ship them: only conformance material
 * does (copies in test/fixtures/conformance/contexts, source lines in SOURCES.tsv). Tests that need them
 * add them to Laurel's own.
 */
const TEST_ONLY_CONTEXTS: Record<string, string> = {
  // The W3C test vectors' example terms.
  'https://www.w3.org/ns/credentials/examples/v2': 'credentials-examples-v2/examples-v2.jsonld',
  // CLR 2.0, which Laurel's CLR export names: 1EdTech's, under its specification licence.
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json': '1edtech-validator-bundle/clr-v2p0-2.0.1.json',
};

/** Laurel's contexts plus the test-only ones. */
export function contextsWithConformance(): ContextRevisions {
  const extra = Object.entries(TEST_ONLY_CONTEXTS).map(([url, file]) => [url, [JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'))]] as const);
  return new Map([...bundledContexts(), ...extra]);
}
