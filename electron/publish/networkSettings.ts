import { DEFAULT_NETWORK_SETTINGS, type NetworkSettings } from '../../shared/publish/network';
import { NetworkSettingsSchema } from '../../shared/publish/networkSchema';
import { readMeta, writeMeta } from '../store/meta';
import type { Workspace } from '../store/workspace';

// Kept apart from the publisher, which loads the Hedera SDK (~0.75 s): every `laurel` command reads the
// settings' module when it starts, and only publishing needs the SDK.
const SETTINGS_KEY = 'hedera.network';

/** The workspace's "Hedera network" settings (public data: the operator's key is in the key store). */
export function networkSettings(workspace: Workspace): NetworkSettings {
  const text = readMeta(workspace.db, SETTINGS_KEY);
  if (!text) return DEFAULT_NETWORK_SETTINGS;
  const parsed = NetworkSettingsSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : DEFAULT_NETWORK_SETTINGS;
}

export function saveNetworkSettingsRow(workspace: Workspace, settings: NetworkSettings): void {
  writeMeta(workspace.db, SETTINGS_KEY, JSON.stringify(settings));
}
