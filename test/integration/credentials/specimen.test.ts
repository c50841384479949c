import fs from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { importCase } from '../../../shared/skills/importCase';
import { extractFromPng, extractFromSvg } from '../../../electron/credentials/bake';
import { createDocumentLoader } from '../../../electron/credentials/documentLoader';
import { verifyWithDigitalBazaar } from '../../../electron/credentials/sign';
import { bakeCredential } from '../../../electron/credentials/specimens';
import { exportPathwayAs } from '../../../electron/credentials/standardExports';
import { verifyCredentialBytes } from '../../../electron/credentials/verify/verifyCredential';
import { contextsWithConformance } from '../../helpers/conformanceContexts';
import { issuingWorkspace } from '../../helpers/issuingWorkspace';

// The 1EdTech schema as the conformance folder has it: the test does not rely on the app's own copy.
const SCHEMA = path.resolve(import.meta.dirname, '../../fixtures/conformance/ob3/schemas/purl-json/ob_v3p0_achievementcredential_schema.json');
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const achievementCredentialSchema = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));

const issuer = issuingWorkspace('laurel-specimen-');
const issue = issuer.issue;

describe('specimens', () => {
  it.each(['badge-sql', 'badge-python', 'certificate-data-analytics', 'program-data-analytics'])(
    '%s passes the 1EdTech AchievementCredential schema and two independent verifiers',
    async (nodeId) => {
      const specimen = await issue(nodeId);
      const valid = achievementCredentialSchema(specimen.credential);
      expect(valid, JSON.stringify(achievementCredentialSchema.errors?.slice(0, 3))).toBe(true);
      // Digital Bazaar's verifier (plain JSON-LD), and Laurel's core (its own canonicalisation and node:crypto).
      expect(await verifyWithDigitalBazaar(specimen.credential)).toEqual({ verified: true });
      const report = await verifyCredentialBytes(Buffer.from(specimen.json));
      expect(report.outcome, JSON.stringify(report.checks)).toBe('verified');
      expect(specimen.report.outcome).toBe('verified');
      const proof = specimen.credential.proof as Record<string, string>;
      expect(proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' });
      expect(proof.verificationMethod).toBe(`${(specimen.credential.issuer as { id: string }).id}#${(specimen.credential.issuer as { id: string }).id.slice(8)}`);
      expect(specimen.credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    },
  );

  it('a changed specimen fails both verifiers', async () => {
    const specimen = await issue('badge-sql');
    const tampered = structuredClone(specimen.credential) as { credentialSubject: { achievement: { name: string } } };
    tampered.credentialSubject.achievement.name = 'Advanced SQL';
    expect((await verifyWithDigitalBazaar(tampered)).verified).toBe(false);
    const report = await verifyCredentialBytes(Buffer.from(JSON.stringify(tampered)));
    expect(report.checks.find((c) => c.id === 'proof')!.status).toBe('failed');
    expect(report.outcome).toBe('failed');
  });

  it('bakes into a PNG that still decodes, and into an SVG; both verify', async () => {
    const specimen = await issue('badge-sql');
    const png = bakeCredential(issuer.workspace, specimen.json, 'png');
    const image = PNG.sync.read(png.data);
    expect(image.width).toBe(600);
    expect(extractFromPng(png.data)).toEqual({ kind: 'ob3', text: specimen.json });
    expect((await verifyCredentialBytes(png.data)).outcome).toBe('verified');
    const svg = bakeCredential(issuer.workspace, specimen.json, 'svg').data.toString('utf8');
    expect(svg).toContain('xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"');
    expect(JSON.parse(extractFromSvg(svg)!.text)).toEqual(specimen.credential);
    expect((await verifyCredentialBytes(Buffer.from(svg))).outcome).toBe('verified');
    // Baking again replaces the credential rather than adding a second one.
    const again = bakeCredential(issuer.workspace, specimen.json, 'png').data;
    expect(again.toString('latin1').split('openbadgecredential').length).toBe(2);
  });
});

describe('standard exports of a pathway', () => {
  it('CLR 2.0: every credential and skill as an Achievement, the graph as associations, valid JSON-LD', async () => {
    const clr = JSON.parse(exportPathwayAs(issuer.workspace, 'pathway-data-analytics', 'clr').json);
    expect(clr.type).toEqual(['VerifiableCredential', 'ClrCredential']);
    const ids = clr.credentialSubject.achievement.map((a: { id: string }) => a.id);
    expect(ids).toHaveLength(11); // 5 skills, 4 badges, the certificate and the program
    const assoc = clr.credentialSubject.association as { associationType: string; sourceId: string; targetId: string }[];
    const a = (node: string) => `urn:laurel:achievement:pathway-data-analytics:${node}`;
    expect(assoc).toContainEqual({ type: 'Association', associationType: 'isPartOf', sourceId: a('badge-dashboards'), targetId: a('certificate-data-analytics') });
    // SQL Basics is required for the certificate; Dashboards is one of "3 of 4", so it is not a prerequisite.
    expect(assoc).toContainEqual({ type: 'Association', associationType: 'precedes', sourceId: a('badge-sql'), targetId: a('certificate-data-analytics') });
    expect(assoc).not.toContainEqual(expect.objectContaining({ associationType: 'precedes', sourceId: a('badge-dashboards') }));
    expect(assoc).toContainEqual({ type: 'Association', associationType: 'isPartOf', sourceId: a('skill-sql'), targetId: a('badge-sql') });
    // The CLR 2.0 context is 1EdTech's and on no redistributable npm package: Laurel names it but does not ship it.
    await expect(jsonld.expand(clr, { documentLoader: createDocumentLoader({ contexts: contextsWithConformance() }), safe: true })).resolves.toBeDefined();
    await expect(jsonld.expand(clr, { documentLoader: createDocumentLoader(), safe: true })).rejects.toThrow();
  });

  it('CASE: the skills as a CFPackage that Laurel’s own CASE import reads back', () => {
    const cfPackage = exportPathwayAs(issuer.workspace, 'pathway-data-analytics', 'case').json;
    const parsed = JSON.parse(cfPackage);
    expect(parsed.CFItems).toHaveLength(5);
    expect(parsed.CFAssociations.filter((x: { associationType: string }) => x.associationType === 'isChildOf')).toHaveLength(5);
    expect(cfPackage).toBe(exportPathwayAs(issuer.workspace, 'pathway-data-analytics', 'case', new Date(JSON.parse(cfPackage).CFDocument.lastChangeDateTime)).json);
    const framework = importCase(cfPackage);
    expect(framework.items.map((i) => i.name).sort()).toEqual(['Data Visualisation', 'Python Programming', 'SQL', 'Spreadsheet Software', 'Statistics']);
  });
});
