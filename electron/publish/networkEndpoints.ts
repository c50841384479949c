import { Client, AccountId } from '@hiero-ledger/sdk';
import { LaurelError } from '../../shared/api/result';
import { LOCAL_ENDPOINTS, networkKey, type NetworkName, type NetworkSettings } from '../../shared/publish/network';

/** The public networks' mirror nodes (Hedera's free-tier REST endpoints). */
const PUBLIC_MIRRORS: Record<'mainnet' | 'testnet' | 'previewnet', string> = {
  mainnet: 'https://mainnet-public.mirrornode.hedera.com',
  testnet: 'https://testnet.mirrornode.hedera.com',
  previewnet: 'https://previewnet.mirrornode.hedera.com',
};

/** Where a network answers, resolved from the settings: what a publication is sent to and read back from. */
export interface ResolvedNetwork {
  name: NetworkName;
  /** networkKey(): how publications and the registry are filed in the workspace. */
  key: string;
  mirrorUrl: string;
  /** The SDK client, without an operator: publishing signs with its own key, verification needs none. */
  client(): Client;
}

export function resolveNetwork(settings: NetworkSettings): ResolvedNetwork {
  const key = networkKey(settings);
  if (settings.network === 'local' || settings.network === 'custom') {
    const endpoints = settings.endpoints ?? (settings.network === 'local' ? LOCAL_ENDPOINTS : undefined);
    if (!endpoints) throw new LaurelError('invalid-argument', 'A custom network needs its consensus node (host:port), node account and mirror node URL.');
    return {
      name: settings.network,
      key,
      mirrorUrl: endpoints.mirrorUrl,
      client: () => Client.forNetwork({ [endpoints.consensus]: AccountId.fromString(endpoints.nodeAccountId) }),
    };
  }
  const name = settings.network;
  return { name, key, mirrorUrl: PUBLIC_MIRRORS[name], client: () => Client.forName(name) };
}
