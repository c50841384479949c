import fs from 'node:fs';
import { LaurelError } from '../../../shared/api/result';
import { stringOption } from '../args';
import type { Command } from '../command';
import { printJson } from '../command';

/** Exit codes of `laurel verify` besides 0 (verified) and 2 (the file cannot be read). */
export const EXIT_NOT_VERIFIED = 3;
export const EXIT_INCOMPLETE = 4;

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    throw new LaurelError('invalid-argument', `“${file}” ${reason}.`);
  }
}

/** Controller documents from `--did-doc`: one DID document, or a JSON array of them. */
function controllerDocuments(file: string | undefined): Map<string, Record<string, unknown>> {
  const documents = new Map<string, Record<string, unknown>>();
  if (file === undefined) return documents;
  let data: unknown;
  try {
    data = JSON.parse(readFile(file).toString('utf8'));
  } catch (error) {
    if (error instanceof LaurelError) throw error;
    throw new LaurelError('invalid-argument', `--did-doc “${file}” is not JSON.`);
  }
  for (const document of [data].flat()) {
    if (typeof document !== 'object' || document === null || typeof (document as { id?: unknown }).id !== 'string') {
      throw new LaurelError('invalid-argument', `--did-doc “${file}” must hold a DID document (an object with an id), or an array of them.`);
    }
    documents.set((document as { id: string }).id, document as Record<string, unknown>);
  }
  return documents;
}

export const verifyCommand = {
  name: 'verify',
  summary: 'Verify a credential (JSON, or baked into a PNG or SVG) and print a JSON report',
  usage: 'verify <credential.json | baked.png | baked.svg> [--did-doc <file>] [--now <date>] [--key-from-url-fragment]',
  arguments: ['credential'],
  options: {
    'did-doc': { type: 'string', value: 'file', description: 'A local DID (or controller) document for did:web and other keys, or a JSON array of them' },
    now: { type: 'string', value: 'date', description: 'Judge the validity period at this ISO 8601 date instead of now' },
    'key-from-url-fragment': {
      type: 'boolean',
      description: '1EdTech validator convention: take an https key id’s Ed25519 key from its #z6Mk… fragment',
    },
  },
  details:
    'Checks the proofs (eddsa-rdfc-2022, eddsa-jcs-2022, Ed25519Signature2020) with did:key, or did:web from\n' +
    '--did-doc; that the issuer controls the key; validFrom/validUntil; the OB 3.0 JSON Schema; JSON-LD safe\n' +
    'mode; the status entry. Nothing is fetched: contexts are bundled, and a status list on the web is reported\n' +
    '"unavailable" (revocation not checked), never "not revoked".\n' +
    'Prints {"outcome", "verified", "checks": [{"id", "status": ok|failed|unavailable, "required", "reason"}], …}.\n' +
    `Exit codes: 0 verified (every required check ok), ${EXIT_NOT_VERIFIED} a required check failed, ${EXIT_INCOMPLETE} a required check\n` +
    'could not be made here (none failed), 2 the file cannot be read.',
  async run(input, io) {
    const bytes = readFile(input.args.credential!);
    const nowText = stringOption(input, 'now');
    const now = nowText === undefined ? undefined : new Date(nowText);
    if (now && Number.isNaN(now.getTime())) throw new LaurelError('invalid-argument', `--now “${nowText}” is not a date.`);
    const { verifyCredentialBytes } = await import('../../credentials/verify/verifyCredential');
    const report = await verifyCredentialBytes(bytes, {
      controllerDocuments: controllerDocuments(stringOption(input, 'did-doc')),
      keyFromUrlFragment: input.options['key-from-url-fragment'] === true,
      ...(now ? { now } : {}),
    });
    printJson(io, report);
    if (report.outcome === 'verified') return;
    return report.outcome === 'failed' ? EXIT_NOT_VERIFIED : EXIT_INCOMPLETE;
  },
} satisfies Command;
