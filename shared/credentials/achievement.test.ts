import { describe, expect, it } from 'vitest';
import examplePathway from '../../resources/example/data-analytics.pathway.json';
import type { Pathway } from '../pathway/model';
import { achievementFor, achievementId, alignmentUrl } from './achievement';
import { ruleInWords } from './ruleInWords';
import { addMonths, specimenCredential } from './specimen';

const example = examplePathway as unknown as Pathway;
const withCredential = (nodeId: string, credential: Record<string, unknown>): Pathway => ({
  ...example,
  nodes: example.nodes.map((n) => (n.id === nodeId ? { ...n, credential: { ...n.credential, ...credential } } : n)),
});

describe('a credential node as an OB 3.0 Achievement', () => {
  it('carries the designer’s fields, the OB type, and the stacking rule in words', () => {
    const a = achievementFor(example, 'certificate-data-analytics');
    expect(a).toMatchObject({ id: achievementId('pathway-data-analytics', 'certificate-data-analytics'), type: ['Achievement'], name: 'Data Analytics Professional Certificate', achievementType: 'Certificate' });
    expect(a.criteria.narrative).toContain('Earn at least three of the four Data Analytics badges');
    expect(a.criteria.narrative).toContain('Requires at least 3 of these 4: SQL Basics, Spreadsheet Analysis, Dashboards and Python for Data Analysis. SQL Basics is required.');
  });

  it('aligns to the skills upstream, through the badges a certificate stacks, each once', () => {
    const badge = achievementFor(example, 'badge-python');
    expect(badge.alignment!.map((x) => x.targetName)).toEqual(['Python (computer programming)', 'statistics']);
    const certificate = achievementFor(example, 'certificate-data-analytics');
    expect(certificate.alignment).toHaveLength(5);
    expect(certificate.alignment![0]).toMatchObject({ type: ['Alignment'], targetFramework: 'ESCO', targetCode: 'ISCED-F 0613', targetName: 'SQL' });
    // Two ESCO skills share an ISCED code: their URNs must still differ.
    expect(new Set(certificate.alignment!.map((x) => x.targetUrl)).size).toBe(5);
    expect(alignmentUrl({ framework: 'CASE', name: 'x', url: ' https://case.example/items/1 ' })).toBe('https://case.example/items/1');
  });

  it('maps tags, credits, field of study, language and evidence requirements', () => {
    const pathway = withCredential('badge-dashboards', { tags: ['viz', ' charts ', 'viz'], creditsAvailable: 1.5, fieldOfStudy: 'Data analytics', language: 'en', evidenceRequirements: 'A dashboard link.' });
    const a = achievementFor(pathway, 'badge-dashboards');
    expect(a).toMatchObject({ tag: ['viz', 'charts'], creditsAvailable: 1.5, fieldOfStudy: 'Data analytics', inLanguage: 'en' });
    expect(a.criteria.narrative).toContain('Evidence: A dashboard link. Submit: Dashboard Screenshot (screenshot).');
  });

  it('refuses nodes that are not credentials, and unknown nodes', () => {
    expect(() => achievementFor(example, 'skill-sql')).toThrow(/only badges, certificates and programs/);
    expect(() => achievementFor(example, 'nope')).toThrow(/no node/);
  });
});

describe('rules in words', () => {
  const node = (id: string) => example.nodes.find((n) => n.id === id)!;
  it('names every input, with points and required ones', () => {
    expect(ruleInWords(example, node('badge-python'))).toBe('Requires all 2 of: Python Programming and Statistics.');
    const points: Pathway = {
      ...example,
      nodes: example.nodes.map((n) => (n.id === 'certificate-data-analytics' ? { ...n, rule: { type: 'points', min: 5 } } : n)),
      edges: example.edges.map((e) => (e.from === 'badge-dashboards' ? { ...e, points: 3 } : e)),
    };
    expect(ruleInWords(points, points.nodes.find((n) => n.id === 'certificate-data-analytics')!)).toMatch(/^Requires at least 5 points from: SQL Basics \(1 point\), .*Dashboards \(3 points\).* SQL Basics is required\.$/);
    expect(ruleInWords(example, node('unit-sql-intro'))).toBeUndefined();
  });
});

describe('specimens', () => {
  it('add whole months, keeping the day where the month has it', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2026-11-29T00:00:00Z'), 24).toISOString()).toBe('2028-11-29T00:00:00.000Z');
  });

  it('are OpenBadgeCredentials on VC 2.0 that say they are specimens', () => {
    const achievement = achievementFor(example, 'badge-sql');
    const credential = specimenCredential({
      id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      achievement,
      issuer: { id: 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2', type: ['Profile'], name: 'Northwind' },
      identifiers: [{ type: 'IdentityObject', hashed: false, identityHash: 'Ada', identityType: 'name' }],
      validFrom: new Date('2026-11-29T12:00:00.123Z'),
      validForMonths: 12,
    });
    expect(credential).toMatchObject({ type: ['VerifiableCredential', 'OpenBadgeCredential'], validFrom: '2026-11-29T12:00:00Z', validUntil: '2027-11-29T12:00:00Z' });
    expect(credential.description).toMatch(/^Specimen/);
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
  });
});
