import type { z } from 'zod';
import type { EndpointsSchema, NetworkSettingsSchema } from './networkSchema';

/**
 * The Hedera networks a workspace publishes to (DESIGN §5): the three public ones, the Hiero local node,
 * or endpoints of one's own. Public data only: the operator's key lives in the key store, never here.
 */
export const NETWORK_NAMES = ['mainnet', 'testnet', 'previewnet', 'local', 'custom'] as const;
export type NetworkName = (typeof NETWORK_NAMES)[number];
export const PUBLIC_NETWORKS = ['mainnet', 'testnet', 'previewnet'] as const;

export const KEY_TYPES = ['ED25519', 'ECDSA_SECP256K1'] as const;
export type KeyType = (typeof KEY_TYPES)[number];

export type Endpoints = z.infer<typeof EndpointsSchema>;

/** The Hiero local node's defaults (consensus node 0.0.3, mirror REST on 5551). */
export const LOCAL_ENDPOINTS: Endpoints = { consensus: '127.0.0.1:50211', nodeAccountId: '0.0.3', mirrorUrl: 'http://127.0.0.1:5551' };

export type NetworkSettings = z.infer<typeof NetworkSettingsSchema>;

export const DEFAULT_NETWORK_SETTINGS: NetworkSettings = { network: 'testnet' };

/** The settings as the app shows them, with what the key store holds (never the key). */
export interface NetworkView {
  settings: NetworkSettings;
  /** The endpoints publishing will use (the public networks' are the SDK's). */
  endpoints?: Endpoints;
  operatorKey: { stored: boolean; description: string };
  /** The organisation's HCS-2 registry topic on this network, once the first publication made it. */
  registryTopicId?: string;
}

/** A short name for the network a publication went to: the name, or the consensus address for custom. */
export function networkKey(settings: Pick<NetworkSettings, 'network' | 'endpoints'>): string {
  if (settings.network === 'custom') return `custom:${settings.endpoints!.consensus}`;
  if (settings.network === 'local') return `local:${(settings.endpoints ?? LOCAL_ENDPOINTS).consensus}`;
  return settings.network;
}

/** HashScan's page of a topic or transaction, for the public networks only. */
export function hashscanUrl(network: string, kind: 'topic' | 'transaction', id: string): string | undefined {
  if (!(PUBLIC_NETWORKS as readonly string[]).includes(network)) return undefined;
  return `https://hashscan.io/${network}/${kind}/${encodeURIComponent(id)}`;
}
