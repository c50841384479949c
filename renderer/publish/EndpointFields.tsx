import type { NetworkDraft, NetworkField } from './networkDraft';
import { SettingField } from './SettingField';

type EndpointKey = 'consensus' | 'nodeAccountId' | 'mirrorUrl';

const ENDPOINT_FIELDS: readonly { key: EndpointKey; label: string; placeholder: string }[] = [
  { key: 'consensus', label: 'Consensus node', placeholder: '127.0.0.1:50211' },
  { key: 'nodeAccountId', label: 'Node account', placeholder: '0.0.3' },
  { key: 'mirrorUrl', label: 'Mirror node URL', placeholder: 'http://127.0.0.1:5551' },
];

/** Where a local or custom network answers: the consensus node (gRPC), its account, and the mirror node (REST). */
export function EndpointFields({ draft, required, errors, onChange }: { draft: NetworkDraft; required: boolean; errors: Partial<Record<NetworkField, string>>; onChange: (patch: Partial<NetworkDraft>) => void }) {
  return (
    <fieldset>
      <legend>{required ? 'Endpoints (required for a custom network)' : 'Endpoints (the local node’s defaults)'}</legend>
      {ENDPOINT_FIELDS.map(({ key, label, placeholder }) => (
        <SettingField key={key} label={label} error={errors[key]}>
          {(control) => (
            <input {...control} value={draft[key]} placeholder={placeholder} required={required} spellCheck={false} autoComplete="off" onChange={(e) => onChange({ [key]: e.target.value })} />
          )}
        </SettingField>
      ))}
      {errors.endpoints && <p className="field-error">{errors.endpoints}</p>}
    </fieldset>
  );
}
