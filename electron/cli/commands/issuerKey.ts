import { UsageError, stringOption } from '../args';
import type { Command } from '../command';
import { printJson } from '../command';
import { readTextFile } from '../readTextFile';
import { withWorkspace } from '../withWorkspace';
import { FileKeyStore } from '../../keys/fileKeyStore';
import { exportIssuerPublic, generateIssuerKey, importIssuerKey, issuerIdentity } from '../../keys/issuerIdentity';

export const issuerKeyCommand = {
  name: 'issuer-key',
  summary: "Create, import or show the workspace issuer's signing key (did:key)",
  usage: 'issuer-key <file> [--generate | --import <key file>] [--replace] [--public]',
  arguments: ['file'],
  options: {
    generate: { type: 'boolean', description: 'Make a new Ed25519 key for the issuer' },
    import: { type: 'string', value: 'key file', description: 'Use an existing private key: PKCS#8 PEM, Ed25519 JWK or Multikey JSON' },
    replace: { type: 'boolean', description: 'Allow replacing a key the issuer already has (credentials signed with it stop matching)' },
    public: { type: 'boolean', description: 'Print the public key and DID document as JSON instead of the DID' },
  },
  details:
    'Prints the issuer\'s did:key. The private key is kept in this machine\'s key store, never in the workspace:\n' +
    'a key file in the user\'s config folder (owner-only), or in $LAUREL_KEYSTORE; encrypted with a passphrase\n' +
    'when LAUREL_KEY_PASSPHRASE is set (an encrypted PEM to import is opened with it too).\n' +
    'Without --generate or --import, shows the DID and whether its key is on this machine.',
  run(input, io) {
    const keyFile = stringOption(input, 'import');
    if (input.options.generate === true && keyFile !== undefined) throw new UsageError('issuer-key: give --generate or --import, not both', issuerKeyCommand);
    const keyStore = new FileKeyStore();
    const replace = input.options.replace === true;
    const keyText = keyFile === undefined ? undefined : readTextFile(keyFile, 'expected a private key file');
    const identity = withWorkspace(input.args.file!, (workspace) => {
      if (input.options.generate === true) return generateIssuerKey(workspace, keyStore, { replace });
      if (keyText !== undefined) {
        const passphrase = process.env.LAUREL_KEY_PASSPHRASE || undefined;
        return importIssuerKey(workspace, keyStore, keyText, { replace, ...(passphrase ? { passphrase } : {}) });
      }
      return issuerIdentity(workspace, keyStore);
    });
    if (input.options.public === true) {
      if (!identity.did) throw new UsageError('issuer-key: the issuer has no key yet; make one with --generate or --import <file>');
      printJson(io, withWorkspace(input.args.file!, exportIssuerPublic));
      return;
    }
    if (!identity.did) {
      io.err(`laurel: the issuer “${identity.profile.name || '(none)'}” has no key yet. Make one with --generate, or import one with --import <file>.\n`);
      return 2;
    }
    io.out(`${identity.did}\n`);
    const where = identity.key === 'present' ? `key in ${identity.keyStore}` : `key ${identity.key} on this machine${identity.keyReason ? `: ${identity.keyReason}` : ''}`;
    io.err(`laurel: issuer “${identity.profile.name}”, ${where}\n`);
    return identity.key === 'present' ? undefined : 1;
  },
} satisfies Command;
