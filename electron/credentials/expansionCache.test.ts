import crypto from 'node:crypto';
import fc from 'fast-check';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { describe, expect, it } from 'vitest';
import examplePathway from '../../resources/example/data-analytics.pathway.json';
import { achievementFor } from '../../shared/credentials/achievement';
import { specimenCredential } from '../../shared/credentials/specimen';
import type { Pathway } from '../../shared/pathway/model';
import { createDocumentLoader } from './documentLoader';
import { canonizeCached, resetExpansionCache } from './expansionCache';

const documentLoader = createDocumentLoader();
const pathway = examplePathway as unknown as Pathway;
const issuerDid = 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';

/** Values that might trip a substitution: IRIs, compact IRIs, keywords, blank nodes, unicode, empties. */
const trickyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', '@id', '@type', '_:b0', 'did:key:x', 'xsd:string', 'https://example.org/a#b', 'Achievement', 'schema:name', '  ', 'a\nb'),
);
const iri = fc.oneof(fc.uuid().map((u) => `urn:uuid:${u}`), fc.constantFrom('https://example.edu/credentials/1', 'did:example:123', 'urn:x:y'));

describe('the JSON-LD expansion cache', () => {
  it('canonicalises exactly as the eddsa-rdfc-2022 cryptosuite does, whatever the values', async () => {
    resetExpansionCache();
    await fc.assert(
      fc.asyncProperty(trickyText, trickyText, iri, fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), fc.constantFrom('badge-sql', 'certificate-data-analytics', 'program-data-analytics'), async (name, description, id, validFrom, nodeId) => {
        const achievement = { ...achievementFor(pathway, nodeId), description: description || 'd' };
        const credential = specimenCredential({
          id,
          achievement,
          issuer: { id: issuerDid, type: ['Profile'], name: name || 'n' },
          identifiers: [{ type: 'IdentityObject', hashed: false, identityHash: name, identityType: 'name' }],
          validFrom,
          validForMonths: 12,
        });
        const plain = await cryptosuite.canonize(credential, { documentLoader });
        expect(await canonizeCached(credential, { documentLoader })).toBe(plain);
      }),
      { numRuns: 40 },
    );
  });

  it('falls back to plain expansion (and its errors) for a document it cannot cache', async () => {
    const broken = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'], undefinedTerm: crypto.randomUUID() };
    await expect(canonizeCached(broken, { documentLoader })).rejects.toThrow(/Safe mode/);
    await expect(cryptosuite.canonize(broken, { documentLoader })).rejects.toThrow(/Safe mode/);
  });
});
