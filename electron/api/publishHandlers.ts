import type { ApiHandlers } from '../../shared/api/contract';
import type { PUBLISH_METHOD_NAMES } from '../../shared/api/publishContract';
import { LaurelError } from '../../shared/api/result';
import { networkKey } from '../../shared/publish/network';
import type { OperatorKeyStore } from '../publish/operatorKeys';
import { OutboxSender } from '../publish/outboxSender';
import { outboxStore } from '../publish/outbox/outboxStore';
import { networkSettings } from '../publish/networkSettings';
import { availableOperator, enqueuePublication, listPublications, networkView, planPublication, resolveOperator, saveNetworkSettings } from '../publish/publisher';
import { resolveNetwork } from '../publish/networkEndpoints';
import { verifyPublications } from '../publish/verifyPublication';
import type { Workspace } from '../store/workspace';

type PublishHandlers = Pick<ApiHandlers, (typeof PUBLISH_METHOD_NAMES)[number]>;

/** The publishing methods' Node side. The operator key goes into `keys` and never comes back out. */
export function publishHandlers(
  workspace: () => Workspace,
  keys: OperatorKeyStore,
  { sender = new OutboxSender(workspace, keys), onWorkspaceSwitch }: { sender?: OutboxSender; onWorkspaceSwitch?: (listener: () => void) => void } = {},
): PublishHandlers {
  // What waited in the outbox when the app last closed goes out as soon as it starts, and what waits in
  // a workspace as soon as it is opened.
  setTimeout(() => sender.kick(), 0).unref();
  onWorkspaceSwitch?.(() => sender.kick());
  return {
    getHederaNetwork: () => networkView(workspace(), keys),
    saveHederaNetwork: async ({ settings, operatorKey }) => {
      const view = await saveNetworkSettings(workspace(), keys, settings, operatorKey);
      sender.kick(); // publications waiting for this network (or for a key) may go now
      return view;
    },
    planPublication: ({ pathwayId }) => {
      const settings = networkSettings(workspace());
      return planPublication(workspace(), pathwayId, settings, availableOperator(settings, keys));
    },
    publishPathway: ({ pathwayId }) => {
      const settings = networkSettings(workspace());
      resolveOperator(settings, keys); // no operator, no key: say so now, before anything is queued
      const queued = enqueuePublication(workspace(), pathwayId, settings);
      if (!queued.unchanged) sender.kick();
      return queued;
    },
    listPublications: ({ pathwayId }) => listPublications(workspace(), pathwayId),
    verifyPublication: async ({ publicationId: id }) => {
      const row = outboxStore(workspace().db).get(id);
      if (!row) throw new LaurelError('not-found', `There is no publication ${id} in this workspace.`);
      if (!row.registry_topic_id) throw new LaurelError('invalid-argument', `Version ${row.version} of “${row.design_name}” is not on the ledger yet (${row.state}).`);
      const settings = networkSettings(workspace());
      const network = networkKey(settings) === row.network ? resolveNetwork(settings) : undefined;
      if (!network) throw new LaurelError('invalid-argument', `This publication went to ${row.network}: choose that network in the Hedera network settings to verify it.`);
      return verifyPublications({ network: row.network, mirrorUrl: network.mirrorUrl, registryTopicId: row.registry_topic_id, designId: row.design_id, version: row.version, workspace: workspace() });
    },
  };
}
