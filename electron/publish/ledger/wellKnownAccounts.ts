import crypto from 'node:crypto';
import type { KeyShape } from './hederaProtos';
import { FUNDING_ACCOUNT_ID, NODE_ACCOUNT_ID, OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER } from './localNodeDefaults';

/*
 * The accounts a fresh Hiero local node starts with (hiero-ledger/hiero-local-node, `.env` and
 * src/configuration/accountConfiguration.json). Like the operator's, these are PUBLIC test keys.
 */

const ECDSA_KEYS = [
  '7f109a9e3b0d8ecfba9cc23a3614433ce0fa7ddcc80f2a8f10b222179a5a80d6',
  '6ec1f2e7d126a74a1d2ff9e1c5d90b92378c725e506651ff8bb8616a5c724628',
  'b4d7f7e82f61d81c95985771b8abf518f9328d019c36849d4214b5f995d13814',
  '941536648ac10d5734973e94df413c17809d6cc5e24cd11e947e685acfbd12ae',
  '5829cf333ef66b6bdd34950f096cb24e06ef041c5f63e577b4f3362309125863',
  '8fc4bffe2b40b2b7db7fd937736c4575a0925511d7a0a2dfc3274e8c17b41d20',
  'b6c10e2baaeba1fa4a8b73644db4f28f4bf0912cceb6e8959f73bb423c33bd84',
  'fe8875acb38f684b2025d5472445b8e4745705a9e7adc9b0485a05df790df700',
  'bdc6e0a69f2921a78e9af930111334a41d3fab44653c8de0775572c526feea2d',
  '3e215c3d2a59626a669ed04ec1700f36c05c9b216e592f58bbfd3d8aa6ea25f9',
];
const ALIAS_ECDSA_KEYS = [
  '105d050185ccb907fba04dd92d8de9e32c18305e097ab41dadda21489a211524',
  '2e1d968b041d84dd120a5860cee60cd83f9374ef527ca86996317ada3d0d03e7',
  '45a5a7108a18dd5013cf2d5857a28144beadc9c70b3bdbd914e38df4e804b8d8',
  '6e9d61a325be3f6675cf8b7676c70e4a004d2308e3e182370a41f5653d52c6bd',
  '0b58b1bd44469ac9f813b5aeaf6213ddaea26720f0b2f133d08b6f234130a64f',
  '95eac372e0f0df3b43740fa780e62458b2d2cc32d6a440877f1cc2a9ad0c35cc',
  '6c6e6727b40c8d4b616ab0d26af357af09337299f09c66704146e14236972106',
  '5072e7aa1b03f531b4731a32a021f6a5d20d5ddc4e55acbb71ae202fc6f3a26d',
  '60fe891f13824a2c1da20fb6a14e28fa353421191069ba6b6d09dd6c29b90eff',
  'eae4e00ece872dd14fb6dc7a04f390563c7d69d16326f2a703ec8e0934060cc7',
];
const ED25519_KEYS = [
  'a608e2130a0a3cb34f86e757303c862bee353d9ab77ba4387ec084f881d420d4',
  'bbd0894de0b4ecfa862e963825c5448d2d17f807a16869526bff29185747acdb',
  '8fd50f886a2e7ed499e7686efd1436b50aa9b64b26e4ecc4e58ca26e6257b67d',
  '62c966ebd9dcc0fc16a553b2ef5b72d1dca05cdf5a181027e761171e9e947420',
  '805c9f422fd9a768fdd8c68f4fe0c3d4a93af714ed147ab6aed5f0ee8e9ee165',
  'abfdb8bf0b46c0da5da8d764316f27f185af32357689f7e19cb9ec3e0f590775',
  'ec299c9f17bb8bdd5f3a21f1c2bffb3ac86c22e84c325e92139813639c9c3507',
  'cb833706d1df537f59c418a00e36159f67ce3760ce6bf661f11f6da2b11c2c5a',
  '9b6adacefbbecff03e4359098d084a3af8039ce7f29d95ed28c7ebdb83740c83',
  '9a07bbdbb62e24686d2a4259dc88e38438e2c7a1ba167b147ad30ac540b0a3cd',
];

const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const TINYBARS_PER_HBAR = 100_000_000n;

export interface WellKnownAccount {
  id: string;
  /** The private key as the SDK reads it: DER for Ed25519, raw hex for ECDSA (`PrivateKey.fromStringECDSA`). */
  privateKey: string;
  kind: 'ED25519' | 'ECDSA_SECP256K1';
  publicKey: KeyShape;
  balanceTinybars: bigint;
}

function ed25519Account(id: string, der: string, balanceTinybars: bigint): WellKnownAccount {
  const privateKey = crypto.createPrivateKey({ key: Buffer.from(der, 'hex'), format: 'der', type: 'pkcs8' });
  const spki = crypto.createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return { id, privateKey: der, kind: 'ED25519', publicKey: { ed25519: spki.subarray(-32) }, balanceTinybars };
}

function ecdsaAccount(id: string, rawHex: string, balanceTinybars: bigint): WellKnownAccount {
  const ecdh = crypto.createECDH('secp256k1');
  ecdh.setPrivateKey(Buffer.from(rawHex, 'hex'));
  return { id, privateKey: rawHex, kind: 'ECDSA_SECP256K1', publicKey: { ECDSASecp256k1: ecdh.getPublicKey(null, 'compressed') }, balanceTinybars };
}

/**
 * 0.0.2 holds the supply; 0.0.3 and 0.0.98 exist to receive fees; as `hedera start` does, 0.0.1002 on get
 * 10,000 hbar each: ten ECDSA, ten ECDSA with an EVM alias (the alias is not modelled), ten Ed25519 accounts.
 */
export function wellKnownAccounts(): WellKnownAccount[] {
  const startup = 10_000n * TINYBARS_PER_HBAR;
  const accounts = [
    ed25519Account(OPERATOR_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER, 50_000_000_000n * TINYBARS_PER_HBAR - 30n * startup),
    ed25519Account(NODE_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER, 0n),
    ed25519Account(FUNDING_ACCOUNT_ID, OPERATOR_PRIVATE_KEY_DER, 0n),
  ];
  let num = 1002;
  for (const key of [...ECDSA_KEYS, ...ALIAS_ECDSA_KEYS]) accounts.push(ecdsaAccount(`0.0.${num++}`, key, startup));
  for (const seed of ED25519_KEYS) accounts.push(ed25519Account(`0.0.${num++}`, ED25519_PKCS8_PREFIX.toString('hex') + seed, startup));
  return accounts;
}

/** The first entity number a fresh ledger gives out, after the startup accounts. */
export const FIRST_FREE_ENTITY_NUM = 1002 + ECDSA_KEYS.length + ALIAS_ECDSA_KEYS.length + ED25519_KEYS.length;
