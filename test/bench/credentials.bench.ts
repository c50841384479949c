/**
 * Credentials: `npm run bench credentials` (or `npx tsx test/bench/credentials.bench.ts`). One JSON line
 * per figure (MEASURING.md): per-credential medians and p95 over 1,000 specimens after a warm-up, and the
 * throughput they add up to.
 *
 * Budget: eddsa-rdfc-2022 signing at ≥ 400 credentials/s with the JSON-LD expansion cache. Baselines in the
 * same run: the same signing with the cryptosuite's plain expansion (~110/s measured here before), and
 * eddsa-jcs-2022 (no JSON-LD, ~8,000/s). Verifying: Laurel's verifier core over the same specimens, and
 * Digital Bazaar's verifier (plain expansion) as the baseline.
 */
import crypto from 'node:crypto';
import examplePathway from '../../resources/example/data-analytics.pathway.json';
import { achievementFor } from '../../shared/credentials/achievement';
import { specimenCredential } from '../../shared/credentials/specimen';
import type { Pathway } from '../../shared/pathway/model';
import { createDocumentLoader } from '../../electron/credentials/documentLoader';
import { signCredential, verifyWithDigitalBazaar } from '../../electron/credentials/sign';
import { hashData } from '../../electron/credentials/verify/proofs';
import { verifyCredentialJson } from '../../electron/credentials/verify/verifyCredential';
import { base58Encode } from '../../electron/keys/base58';
import { didKeyVerificationMethod } from '../../electron/keys/didKey';
import { generateIssuerKeyPair } from '../../electron/keys/issuerKeyPair';
import { report, summarise } from './measure';

const N = Number(process.env.BENCH_CREDENTIALS ?? 1000);
const BASELINE_N = Math.min(N, 100);
const pathway = examplePathway as unknown as Pathway;
const pair = generateIssuerKeyPair();
const issuer = { id: pair.did, type: ['Profile'] as ['Profile'], name: 'Northwind Institute of Data', url: 'https://northwind.example.edu' };
const nodes = ['badge-sql', 'badge-spreadsheets', 'badge-dashboards', 'badge-python', 'certificate-data-analytics'];
const achievements = nodes.map((id) => achievementFor(pathway, id));

/** The i-th specimen: its own id, recipient and date, one of five credentials. */
const specimen = (i: number) =>
  specimenCredential({
    id: `urn:uuid:${crypto.randomUUID()}`,
    achievement: achievements[i % achievements.length]!,
    issuer,
    identifiers: [{ type: 'IdentityObject', hashed: false, identityHash: `Learner ${i} ${crypto.randomBytes(3).toString('hex')}`, identityType: 'name' }],
    validFrom: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    validForMonths: 24,
  });

/** Times `fn` for i = 0…n-1 after a warm-up; returns per-call samples (ms) and the wall time of the timed part. */
async function timeEach<T>(n: number, fn: (i: number) => Promise<T>, warmup = 20): Promise<{ samples: number[]; wallMs: number; results: T[] }> {
  for (let i = 0; i < warmup; i++) await fn(n + i);
  const samples: number[] = [];
  const results: T[] = [];
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    results.push(await fn(i));
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { samples, wallMs: Number(process.hrtime.bigint() - start) / 1e6, results };
}

function figure(name: string, run: { samples: number[]; wallMs: number }, budget?: string, extra: Record<string, unknown> = {}) {
  const { median, p95, p99 } = summarise(run.samples);
  const perSecond = (run.samples.length / run.wallMs) * 1000;
  report({ name, unit: 'ms', median, p95, p99, n: run.samples.length, per_s: Math.round(perSecond), ...(budget ? { budget } : {}), ...extra });
  return perSecond;
}

const cached = await timeEach(N, (i) => signCredential(specimen(i), pair));
const cachedRate = figure('credentials.sign.eddsa-rdfc-2022.cached', cached, '≥ 400 credentials/s');
const plain = await timeEach(BASELINE_N, (i) => signCredential(specimen(i), pair, { cached: false }), 5);
const plainRate = figure('credentials.sign.eddsa-rdfc-2022.uncached', plain, undefined, { baseline_for: 'credentials.sign.eddsa-rdfc-2022.cached' });
report({ name: 'credentials.sign.eddsa-rdfc-2022.speedup', unit: 'ratio', median: cachedRate / plainRate, p95: cachedRate / plainRate, n: 1 });

// eddsa-jcs-2022: the proof the W3C suite defines, built and signed with node:crypto + RFC 8785.
const loader = createDocumentLoader();
const jcs = await timeEach(N, async (i) => {
  const credential = specimen(i);
  const proof = { type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created: credential.validFrom, verificationMethod: didKeyVerificationMethod(pair.did), proofPurpose: 'assertionMethod' };
  const data = await hashData('eddsa-jcs-2022', credential as unknown as Record<string, unknown>, proof, { documentLoader: loader });
  return { ...credential, proof: { ...proof, proofValue: `z${base58Encode(crypto.sign(null, data, pair.privateKey))}` } };
});
figure('credentials.sign.eddsa-jcs-2022', jcs);

const signed = cached.results as unknown as Record<string, unknown>[];
const verifiedCore = await timeEach(N, async (i) => {
  const result = await verifyCredentialJson(signed[i]!, { cached: true });
  if (!result.verified) throw new Error(`specimen ${i} did not verify: ${JSON.stringify(result.checks.filter((c) => c.status !== 'ok'))}`);
  return result;
}, 0);
figure('credentials.verify.laurel-core.cached', verifiedCore);
const verifiedDb = await timeEach(BASELINE_N, async (i) => {
  const result = await verifyWithDigitalBazaar(signed[i]!);
  if (!result.verified) throw new Error(`specimen ${i} did not verify with Digital Bazaar: ${result.error}`);
  return result;
}, 0);
figure('credentials.verify.digital-bazaar.uncached', verifiedDb, undefined, { baseline_for: 'credentials.verify.laurel-core.cached' });
