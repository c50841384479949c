import { useCallback, useEffect, useState } from 'react';
import type { IssuerIdentity } from '../../shared/credentials/issuerIdentity';
import { api, unwrap } from '../api/client';
import { download } from '../app/download';
import { attempt, notify } from '../app/Notices';
import { navigate } from '../app/route';
import { ConfirmDialog } from '../library/Dialog';

const KEY_TEXT: Record<IssuerIdentity['key'], string> = {
  none: 'The issuer has no signing key yet.',
  present: 'The signing key is on this computer.',
  absent: 'The workspace names a key that is not on this computer. Import it to sign here.',
  locked: 'The key is on this computer but cannot be opened.',
};

async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The workspace's issuer: the profile credentials name (name, URL, email, description, logo) and its
 * did:key. The private key stays in this computer's key store; the page only ever sees its status.
 */
export function IssuerScreen() {
  const [identity, setIdentity] = useState<IssuerIdentity>();
  const [draft, setDraft] = useState({ name: '', url: '', email: '', description: '' });
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [passphrase, setPassphrase] = useState('');

  const show = (next: IssuerIdentity) => {
    setIdentity(next);
    setDraft({ name: next.profile.name, url: next.profile.url ?? '', email: next.profile.email ?? '', description: next.profile.description ?? '' });
  };
  const load = useCallback(() => attempt(async () => show(unwrap(await api.getIssuerIdentity({})))), []);
  useEffect(() => void load(), [load]);

  const generate = (replace: boolean) =>
    attempt(async () => {
      show(unwrap(await api.generateIssuerKey({ replace })));
      notify('info', 'A new issuer key was made and kept in this computer’s key store.');
    });
  const importKey = (file: File) =>
    attempt(async () => {
      const text = await file.text();
      show(unwrap(await api.importIssuerKey({ text, replace: true, ...(passphrase ? { passphrase } : {}) })));
      notify('info', 'The key was imported into this computer’s key store.');
    });
  const exportPublic = () =>
    attempt(async () => {
      const exported = unwrap(await api.exportIssuerPublic({}));
      download(exported.fileName, new Blob([JSON.stringify(exported.didDocument, null, 2) + '\n'], { type: 'application/did+json' }));
    });
  const saveProfile = (logo?: { mediaType: 'image/png' | 'image/jpeg' | 'image/svg+xml'; base64: string } | null) =>
    attempt(async () => {
      show(unwrap(await api.saveIssuerProfile({ profile: draft, ...(logo !== undefined ? { logo } : {}) })));
      notify('info', 'Issuer profile saved.');
    });

  if (!identity) return <main className="issuer-screen">Opening the issuer…</main>;
  return (
    <main className="issuer-screen library">
      <header className="library-header">
        <div>
          <button className="link" onClick={() => navigate({ screen: 'library' })}>
            ← Library
          </button>
          <h1>Issuer</h1>
        </div>
      </header>
      <section aria-label="Issuer profile" className="design-group field-group">
        <h2>Profile</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.name.trim()) void saveProfile();
          }}
        >
          {(['name', 'url', 'email'] as const).map((key) => (
            <label key={key} className="field">
              <span>{{ name: 'Issuer name', url: 'Website', email: 'Contact email' }[key]}</span>
              <input value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
            </label>
          ))}
          <label className="field">
            <span>About the issuer</span>
            <textarea rows={3} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
          </label>
          <div className="logo-row">
            {identity.profile.logo && <img className="issuer-logo" src={identity.profile.logo} alt="Issuer logo" />}
            <label className="field">
              <span>Logo</span>
              <input
                type="file"
                accept="image/png,image/jpeg,image/svg+xml"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void fileBase64(file).then((base64) => saveProfile({ mediaType: file.type as 'image/png', base64 }));
                }}
              />
            </label>
            {identity.profile.logo && <button type="button" onClick={() => void saveProfile(null)}>Remove logo</button>}
          </div>
          <button type="submit" className="primary" disabled={!draft.name.trim()}>
            Save profile
          </button>
        </form>
      </section>
      <section aria-label="Signing key" className="design-group">
        <h2>Signing key</h2>
        <p className={`key-status key-${identity.key}`}>{KEY_TEXT[identity.key]}</p>
        {identity.keyReason && <p className="muted">{identity.keyReason}</p>}
        {identity.did && (
          <p>
            Issuer DID: <code className="did" aria-label="Issuer DID">{identity.did}</code>
          </p>
        )}
        <p className="muted">Kept in {identity.keyStore}. The private key never leaves this computer and is never saved in the workspace.</p>
        <div className="row-actions">
          <button className={identity.did ? '' : 'primary'} onClick={() => (identity.did ? setConfirmReplace(true) : void generate(false))}>
            {identity.did ? 'Replace key…' : 'Generate key'}
          </button>
          <label className="button-like">
            Import key…
            <input
              type="file"
              aria-label="Import key file"
              className="visually-hidden"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void importKey(file);
              }}
            />
          </label>
          <input type="password" aria-label="Key passphrase" placeholder="passphrase (encrypted PEM)" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          <button disabled={!identity.did} onClick={() => void exportPublic()}>
            Export public key
          </button>
        </div>
      </section>
      {confirmReplace && (
        <ConfirmDialog
          title="Replace the issuer key?"
          message="Credentials signed with the current key will no longer match the issuer. Keep the old key if anything was issued with it."
          confirmLabel="Make a new key"
          onCancel={() => setConfirmReplace(false)}
          onConfirm={() => {
            setConfirmReplace(false);
            void generate(true);
          }}
        />
      )}
    </main>
  );
}
