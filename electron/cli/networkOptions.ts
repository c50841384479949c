import { NETWORK_NAMES, type NetworkSettings } from '../../shared/publish/network';
import { NetworkSettingsSchema } from '../../shared/publish/networkSchema';
import type { Workspace } from '../store/workspace';
import { networkSettings } from '../publish/networkSettings';
import { stringOption, UsageError } from './args';
import type { CommandInput, OptionSpec } from './command';

/** The options that choose a Hedera network on the command line, shared by publish, outbox and verify-publication. */
export const NETWORK_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  network: { type: 'string', value: 'name', description: `${NETWORK_NAMES.join(', ')} (default: the workspace's Hedera network settings)` },
  consensus: { type: 'string', value: 'host:port', description: 'The consensus node, for local or custom (default 127.0.0.1:50211 for local)' },
  'node-account': { type: 'string', value: '0.0.x', description: 'The consensus node\'s account (default 0.0.3 for local)' },
  mirror: { type: 'string', value: 'url', description: 'The mirror node REST URL (default http://127.0.0.1:5551 for local)' },
};

/**
 * The network from the options, over the workspace's settings when one is given. Endpoints given for
 * `local` replace the local node's defaults; `custom` needs all three.
 */
export function networkFromOptions(input: CommandInput, workspace?: Workspace): NetworkSettings {
  const stored = workspace ? networkSettings(workspace) : undefined;
  const name = stringOption(input, 'network') ?? stored?.network;
  if (!name) throw new UsageError('--network is required without a workspace: local, testnet, previewnet, mainnet or custom');
  const consensus = stringOption(input, 'consensus');
  const nodeAccountId = stringOption(input, 'node-account');
  const mirrorUrl = stringOption(input, 'mirror');
  const given = consensus || nodeAccountId || mirrorUrl;
  const base = name === stored?.network ? stored : undefined;
  const endpoints = given
    ? { consensus: consensus ?? base?.endpoints?.consensus ?? '127.0.0.1:50211', nodeAccountId: nodeAccountId ?? base?.endpoints?.nodeAccountId ?? '0.0.3', mirrorUrl: mirrorUrl ?? base?.endpoints?.mirrorUrl ?? 'http://127.0.0.1:5551' }
    : base?.endpoints;
  const parsed = NetworkSettingsSchema.safeParse({
    network: name,
    ...(endpoints ? { endpoints } : {}),
    ...(base?.operatorAccountId ? { operatorAccountId: base.operatorAccountId } : stored?.operatorAccountId ? { operatorAccountId: stored.operatorAccountId } : {}),
    ...(stored?.keyType ? { keyType: stored.keyType } : {}),
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.') || 'network'}: ${i.message}`).join('; '));
  return parsed.data;
}
