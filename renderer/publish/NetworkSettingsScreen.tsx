import { useEffect, useState } from 'react';
import { NETWORK_NAMES, type NetworkName, type NetworkView } from '../../shared/publish/network';
import { api } from '../api/client';
import { notify } from '../app/Notices';
import { navigate } from '../app/route';
import { EndpointFields } from './EndpointFields';
import { LedgerId } from './LedgerId';
import { draftFromView, draftProblems, fieldIssues, hasEndpoints, saveArgs, withNetwork, type NetworkDraft, type NetworkField } from './networkDraft';
import { OperatorFields } from './OperatorFields';
import { SettingField } from './SettingField';

const NETWORK_LABEL: Record<NetworkName, string> = {
  mainnet: 'Mainnet',
  testnet: 'Testnet',
  previewnet: 'Previewnet',
  local: 'Local node',
  custom: 'Custom',
};

const NETWORK_HINT: Record<NetworkName, string> = {
  mainnet: 'Publishing on mainnet spends real hbar from the operator account.',
  testnet: 'Hedera’s public test network: free test hbar from the portal faucet.',
  previewnet: 'Hedera’s preview network, for features not yet on testnet.',
  local: 'A Hiero local node on this computer (solo or hiero-local-node).',
  custom: 'Nodes of your own: give the consensus node and the mirror node.',
};

interface Failure {
  message: string;
  fields: Partial<Record<NetworkField, string>>;
}

/**
 * "Hedera network": where publications go and who pays for them. The API is the one judge of the settings;
 * its message is shown as it comes, and its issues beside the fields they are about.
 */
export function NetworkSettingsScreen() {
  const [view, setView] = useState<NetworkView>();
  const [draft, setDraft] = useState<NetworkDraft>();
  const [failure, setFailure] = useState<Failure>();
  const [saving, setSaving] = useState(false);

  const show = (next: NetworkView) => {
    setView(next);
    setDraft(draftFromView(next));
  };
  useEffect(() => {
    let live = true;
    void api.getHederaNetwork({}).then((result) => {
      if (!live) return;
      if (result.ok) show(result.value);
      else setFailure({ message: result.error.message, fields: {} });
    });
    return () => {
      live = false;
    };
  }, []);

  const save = async (draft: NetworkDraft, view: NetworkView) => {
    const problems = draftProblems(draft, view);
    if (Object.keys(problems).length > 0) return setFailure({ message: Object.values(problems).join(' '), fields: problems });
    setSaving(true);
    const result = await api.saveHederaNetwork(saveArgs(draft));
    setSaving(false);
    if (!result.ok) return setFailure({ message: result.error.message, fields: fieldIssues(result.error) });
    setFailure(undefined);
    show(result.value);
    notify('info', `Hedera network saved: ${NETWORK_LABEL[result.value.settings.network]}.`);
  };

  const header = (
    <header className="library-header">
      <div>
        <button className="link" onClick={() => navigate({ screen: 'library' })}>
          ← Library
        </button>
        <h1>Hedera network</h1>
      </div>
      <button onClick={() => navigate({ screen: 'publications' })}>Publications</button>
    </header>
  );
  if (!view || !draft) {
    return (
      <main className="library network-screen">
        {header}
        {failure ? <p role="alert" className="field-error">{failure.message}</p> : <p>Opening the network settings…</p>}
      </main>
    );
  }
  const change = (patch: Partial<NetworkDraft>) => setDraft({ ...draft, ...patch });
  const errors = failure?.fields ?? {};
  return (
    <main className="library network-screen">
      {header}
      <section className="design-group">
        <p className="muted">Pathways are published to the Hedera Consensus Service: each version as a file topic (HCS-1), listed in your organisation’s registry topic (HCS-2).</p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save(draft, view);
          }}
        >
          <SettingField label="Network" hint={NETWORK_HINT[draft.network]} error={errors.network}>
            {(control) => (
              <select {...control} value={draft.network} onChange={(e) => setDraft(withNetwork(draft, e.target.value as NetworkName, view))}>
                {NETWORK_NAMES.map((name) => (
                  <option key={name} value={name}>
                    {NETWORK_LABEL[name]}
                  </option>
                ))}
              </select>
            )}
          </SettingField>
          {hasEndpoints(draft.network) && <EndpointFields draft={draft} required={draft.network === 'custom'} errors={errors} onChange={change} />}
          <OperatorFields draft={draft} keyStatus={view.operatorKey} errors={errors} onChange={change} />
          {failure && (
            <p role="alert" className="field-error">
              {failure.message}
            </p>
          )}
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save network'}
          </button>
        </form>
      </section>
      {view.registryTopicId && (
        <section className="design-group">
          <h2>Registry</h2>
          <p>
            Registry topic: <LedgerId network={view.settings.network} kind="topic" id={view.registryTopicId} testId="registry-topic" />
          </p>
          <p className="muted">The HCS-2 topic every publication on this network is listed in, made by the first publication.</p>
        </section>
      )}
    </main>
  );
}
