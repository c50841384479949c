import type { ApiArgs } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';
import { LOCAL_ENDPOINTS, type Endpoints, type KeyType, type NetworkName, type NetworkView } from '../../shared/publish/network';

/**
 * The "Hedera network" form as typed, before the API checks it. Text fields stay strings (blank is
 * allowed while typing); the operator key is never filled from what is stored: it only goes in.
 */
export interface NetworkDraft {
  network: NetworkName;
  consensus: string;
  nodeAccountId: string;
  mirrorUrl: string;
  operatorAccountId: string;
  keyType: KeyType | '';
  operatorKey: string;
}

/** The form's fields, named as the API's issue paths end up on them. */
export type NetworkField = 'network' | 'endpoints' | 'consensus' | 'nodeAccountId' | 'mirrorUrl' | 'operatorAccountId' | 'keyType' | 'operatorKey';

export const hasEndpoints = (network: NetworkName) => network === 'local' || network === 'custom';

const BLANK_ENDPOINTS: Endpoints = { consensus: '', nodeAccountId: '', mirrorUrl: '' };

/**
 * The endpoints the form shows for a network: what is saved for it, else the local node's defaults for
 * `local`, and nothing for `custom` (its endpoints are the person's to give).
 */
export function endpointsFor(network: NetworkName, view: NetworkView): Endpoints {
  if (view.settings.network === network && view.settings.endpoints) return view.settings.endpoints;
  return network === 'local' ? LOCAL_ENDPOINTS : BLANK_ENDPOINTS;
}

export function draftFromView(view: NetworkView): NetworkDraft {
  const { network, operatorAccountId, keyType } = view.settings;
  const endpoints = endpointsFor(network, view);
  return {
    network,
    consensus: endpoints.consensus,
    nodeAccountId: endpoints.nodeAccountId,
    mirrorUrl: endpoints.mirrorUrl,
    operatorAccountId: operatorAccountId ?? '',
    keyType: keyType ?? '',
    operatorKey: '',
  };
}

/** Switching network shows that network's endpoints; the operator stays as typed. */
export function withNetwork(draft: NetworkDraft, network: NetworkName, view: NetworkView): NetworkDraft {
  const endpoints = endpointsFor(network, view);
  return { ...draft, network, consensus: endpoints.consensus, nodeAccountId: endpoints.nodeAccountId, mirrorUrl: endpoints.mirrorUrl };
}

/**
 * What the form asks of the API. Blank optional fields are left out rather than sent empty; a blank key
 * keeps the stored one. Endpoints go only with `local` and `custom`; the API validates their format.
 */
export function saveArgs(draft: NetworkDraft): ApiArgs<'saveHederaNetwork'> {
  const operatorAccountId = draft.operatorAccountId.trim();
  const operatorKey = draft.operatorKey.trim();
  return {
    settings: {
      network: draft.network,
      ...(hasEndpoints(draft.network) ? { endpoints: { consensus: draft.consensus, nodeAccountId: draft.nodeAccountId, mirrorUrl: draft.mirrorUrl } } : {}),
      ...(operatorAccountId ? { operatorAccountId } : {}),
      ...(draft.keyType ? { keyType: draft.keyType } : {}),
    },
    ...(operatorKey ? { operatorKey } : {}),
  };
}

/**
 * What the form can tell before asking: a new key needs its type, because DER or hex does not always say
 * which curve it is on, and guessing wrong would sign with the wrong algorithm.
 */
export function draftProblems(draft: NetworkDraft, view: NetworkView): Partial<Record<NetworkField, string>> {
  const keyGiven = draft.operatorKey.trim() !== '' || view.operatorKey.stored;
  return keyGiven && !draft.keyType ? { keyType: 'Choose the key type of the operator key.' } : {};
}

const FIELD_OF_PATH: Record<string, NetworkField> = {
  'settings.network': 'network',
  'settings.endpoints': 'endpoints',
  'settings.endpoints.consensus': 'consensus',
  'settings.endpoints.nodeAccountId': 'nodeAccountId',
  'settings.endpoints.mirrorUrl': 'mirrorUrl',
  'settings.operatorAccountId': 'operatorAccountId',
  'settings.keyType': 'keyType',
  operatorKey: 'operatorKey',
};

/** The API's issues placed beside the fields they are about; issues about nothing shown stay in the message. */
export function fieldIssues(error: ApiError): Partial<Record<NetworkField, string>> {
  const byField: Partial<Record<NetworkField, string>> = {};
  for (const issue of error.issues ?? []) {
    const field = FIELD_OF_PATH[issue.path];
    if (field && !byField[field]) byField[field] = issue.message;
  }
  return byField;
}
