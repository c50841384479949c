import { useId } from 'react';
import type { KeyType, NetworkView } from '../../shared/publish/network';
import type { NetworkDraft, NetworkField } from './networkDraft';
import { SettingField } from './SettingField';

const KEY_TYPE_LABEL: Record<KeyType, string> = { ED25519: 'ED25519', ECDSA_SECP256K1: 'ECDSA secp256k1' };

/**
 * The account that pays for publishing and signs it. The key field is never filled in: the stored key
 * stays in the key store, and a blank field keeps it.
 */
export function OperatorFields({ draft, keyStatus, errors, onChange }: { draft: NetworkDraft; keyStatus: NetworkView['operatorKey']; errors: Partial<Record<NetworkField, string>>; onChange: (patch: Partial<NetworkDraft>) => void }) {
  const keyTypeId = useId();
  return (
    <fieldset>
      <legend>Operator</legend>
      <SettingField label="Operator account" error={errors.operatorAccountId}>
        {(control) => <input {...control} value={draft.operatorAccountId} placeholder="0.0.1234" spellCheck={false} autoComplete="off" onChange={(e) => onChange({ operatorAccountId: e.target.value })} />}
      </SettingField>
      <fieldset role="radiogroup" aria-labelledby={`${keyTypeId}-legend`} aria-invalid={errors.keyType ? true : undefined} aria-describedby={errors.keyType ? `${keyTypeId}-error` : undefined}>
        <legend id={`${keyTypeId}-legend`}>Key type</legend>
        {(Object.keys(KEY_TYPE_LABEL) as KeyType[]).map((keyType) => (
          <label key={keyType} className="field-inline">
            <input type="radio" name={`${keyTypeId}-key-type`} value={keyType} checked={draft.keyType === keyType} onChange={() => onChange({ keyType })} /> {KEY_TYPE_LABEL[keyType]}
          </label>
        ))}
        {errors.keyType && (
          <p id={`${keyTypeId}-error`} className="field-error">
            {errors.keyType}
          </p>
        )}
      </fieldset>
      <SettingField
        label="Operator key"
        error={errors.operatorKey}
        hint={keyStatus.stored ? `A key is stored (${keyStatus.description}). Leave this empty to keep it.` : 'No key is stored yet. Paste the private key (DER or hex); it goes to this computer’s key store, never into the workspace.'}
      >
        {(control) => <input {...control} type="password" value={draft.operatorKey} autoComplete="new-password" spellCheck={false} onChange={(e) => onChange({ operatorKey: e.target.value })} />}
      </SettingField>
    </fieldset>
  );
}
