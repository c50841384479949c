import { PrivateKey } from '@hiero-ledger/sdk';
import { LaurelError } from '../../shared/api/result';
import type { KeyType } from '../../shared/publish/network';

/** The account that pays for and signs publications, with its key (only ever inside the Node side). */
export interface Operator {
  accountId: string;
  key: PrivateKey;
}

const HEX = /^(0x)?[0-9a-fA-F]+$/;
// DER private keys say their curve in their algorithm identifier: Ed25519's OID 1.3.101.112, or
// secp256k1's 1.3.132.0.10. A raw key is 32 bytes (64 hex digits) and says nothing.
const OID_ED25519 = '06032b6570';
const OID_SECP256K1 = '06052b8104000a';

function derCurve(hex: string): KeyType | undefined {
  const lower = hex.toLowerCase();
  if (lower.length <= 64 || !lower.startsWith('30')) return undefined;
  if (lower.includes(OID_ED25519)) return 'ED25519';
  if (lower.includes(OID_SECP256K1)) return 'ECDSA_SECP256K1';
  return undefined;
}

/**
 * Reads an operator key given as DER or raw hex, for the key type the person chose. A DER key of the other
 * type is refused with both names, rather than guessed: a wrong guess would only show as a bad signature.
 */
export function parseOperatorKey(text: string, keyType: KeyType | undefined): PrivateKey {
  const trimmed = text.trim().replace(/^0x/, '');
  if (!HEX.test(trimmed) || trimmed.length < 64) {
    throw new LaurelError('invalid-argument', 'The operator key must be a private key in hex: DER (302e…, 3030…) or the raw 32 bytes.');
  }
  const inDer = derCurve(trimmed);
  const type = keyType ?? inDer;
  if (!type) throw new LaurelError('invalid-argument', 'Choose the key type (ED25519 or ECDSA secp256k1): a raw hex key does not say which it is.');
  if (inDer && inDer !== type) {
    throw new LaurelError('invalid-argument', `This is an ${inDer === 'ED25519' ? 'ED25519' : 'ECDSA secp256k1'} key, but ${type === 'ED25519' ? 'ED25519' : 'ECDSA secp256k1'} was chosen.`);
  }
  try {
    return type === 'ED25519' ? PrivateKey.fromStringED25519(trimmed) : PrivateKey.fromStringECDSA(trimmed);
  } catch {
    throw new LaurelError('invalid-argument', `This is not an ${type === 'ED25519' ? 'ED25519' : 'ECDSA secp256k1'} private key.`);
  }
}

/** `HEDERA_OPERATOR_ID` and `HEDERA_OPERATOR_KEY` (and `HEDERA_OPERATOR_KEY_TYPE` for a raw hex key), when both are set. */
export function operatorFromEnv(env: NodeJS.ProcessEnv = process.env): Operator | undefined {
  const accountId = env.HEDERA_OPERATOR_ID?.trim();
  const keyText = env.HEDERA_OPERATOR_KEY?.trim();
  if (!accountId || !keyText) return undefined;
  const typeText = env.HEDERA_OPERATOR_KEY_TYPE?.trim().toUpperCase();
  const keyType = typeText === 'ED25519' ? 'ED25519' : typeText === 'ECDSA' || typeText === 'ECDSA_SECP256K1' ? 'ECDSA_SECP256K1' : undefined;
  return { accountId, key: parseOperatorKey(keyText, keyType) };
}
