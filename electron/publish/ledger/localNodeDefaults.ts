/*
 * The Hiero local node's defaults (hiero-ledger/hiero-local-node: README, `.env`), which the local ledger
 * keeps so that anything configured for "local" (DESIGN §5) works against either. This module is cheap to
 * import: `laurel --help` reads it without starting anything.
 */

/** Everything listens on loopback only: the ledger is for tests and demos on this machine. */
export const LEDGER_HOST = '127.0.0.1';
/** Plaintext gRPC; the SDK would use TLS only on 50212. */
export const DEFAULT_GRPC_PORT = 50211;
export const DEFAULT_MIRROR_PORT = 5551;

/** The one consensus node, as the SDK's `local-node` network names it. */
export const NODE_ACCOUNT_ID = '0.0.3';
/** Where network fees go (the funding account). */
export const FUNDING_ACCOUNT_ID = '0.0.98';

/**
 * The genesis operator, `RELAY_OPERATOR_ID_MAIN` / `RELAY_OPERATOR_KEY_MAIN` of the local node. A PUBLIC test
 * key, printed in that project's README: it protects nothing, and must never be accepted beyond a local network.
 */
export const OPERATOR_ACCOUNT_ID = '0.0.2';
export const OPERATOR_PRIVATE_KEY_DER =
  '302e020100300506032b65700422042091132178e72057a1d7528025956fe39b0b847f200ab59b2fdd367017f3087137';
