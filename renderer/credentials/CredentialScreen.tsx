import { useCallback, useEffect, useRef, useState } from 'react';
import type { Design, DesignSummary } from '../../shared/documents';
import type { ObAchievement } from '../../shared/credentials/obTypes';
import { updateNode } from '../../shared/pathway/edit';
import { ACHIEVEMENT_TYPES, isCredential, type Credential, type Pathway } from '../../shared/pathway/model';
import { KIND_LABEL } from '../../shared/pathway/names';
import { api, unwrap } from '../api/client';
import { download } from '../app/download';
import { attempt, notify } from '../app/Notices';
import { navigate } from '../app/route';
import { SelectField, TextField } from '../editing/fields';
import { CredentialFields, patchCredential } from './CredentialFields';
import { IssueSpecimen } from './IssueSpecimen';

/**
 * A credential's page, reached from the library's Credentials list: its OB 3.0 definition (the same
 * fields as the pathway's properties panel), the Achievement JSON it becomes, and specimens.
 */
export function CredentialScreen({ pathwayId, nodeId }: { pathwayId: string; nodeId: string }) {
  const [design, setDesign] = useState<Design>();
  const [templates, setTemplates] = useState<DesignSummary[]>([]);
  const [achievement, setAchievement] = useState<{ achievement: ObAchievement; json: string; fileName: string }>();
  // Edits run one after another, each on the pathway as last saved: two quick edits must not overwrite each other.
  const edits = useRef<Promise<unknown>>(Promise.resolve());

  const load = useCallback(
    () =>
      attempt(async () => {
        setDesign(unwrap(await api.getDesign({ id: pathwayId })));
        setAchievement(unwrap(await api.getAchievement({ pathwayId, nodeId })));
      }),
    [pathwayId, nodeId],
  );
  useEffect(() => void load(), [load]);
  useEffect(() => void attempt(async () => setTemplates(unwrap(await api.listDesigns({})).designs.filter((d) => d.kind === 'template'))), []);

  const pathway = design?.body as unknown as (Pathway & { schemaVersion: number }) | undefined;
  const node = pathway?.nodes.find((n) => n.id === nodeId);
  if (design && (!node || !isCredential(node.kind))) {
    return (
      <main className="credential-screen">
        <p>This credential is no longer in “{design.name}”.</p>
        <button onClick={() => navigate({ screen: 'library' })}>Back to the library</button>
      </main>
    );
  }
  if (!pathway || !node) return <main className="credential-screen">Opening credential…</main>;

  const credential: Credential = node.credential ?? {};
  const edit = (patch: Partial<Credential>) => {
    edits.current = edits.current.then(() =>
      attempt(async () => {
        const latest = unwrap(await api.getDesign({ id: pathwayId }));
        const current = latest.body as unknown as Pathway & { schemaVersion: number };
        const before = current.nodes.find((n) => n.id === nodeId)?.credential ?? {};
        const body = { ...updateNode(current, nodeId, { credential: patchCredential(before, patch) }), schemaVersion: current.schemaVersion };
        unwrap(await api.saveDesign({ id: pathwayId, body, summary: `Edited the credential “${before.name ?? node.title}”` }));
        await load();
      }),
    );
    return edits.current;
  };

  return (
    <main className="credential-screen">
      <header className="library-header">
        <div>
          <button className="link" onClick={() => navigate({ screen: 'library' })}>
            ← Library
          </button>
          <h1>{credential.name || node.title}</h1>
          <p className="muted">
            {KIND_LABEL[node.kind]} in{' '}
            <button className="link" onClick={() => navigate({ screen: 'pathway', id: pathwayId, nodeId })}>
              {design!.name}
            </button>
          </p>
        </div>
      </header>
      <div className="credential-columns">
        <section aria-label="Credential definition" className="design-group field-group">
          <h2>Definition</h2>
          <TextField label="Credential name" value={credential.name ?? ''} onCommit={(name) => void edit({ name })} />
          <TextField label="Credential description" multiline value={credential.description ?? ''} onCommit={(description) => void edit({ description })} />
          <TextField label="Criteria" multiline value={credential.criteria ?? ''} onCommit={(criteria) => void edit({ criteria })} />
          <SelectField
            label="Achievement type"
            value={credential.achievementType ?? ''}
            options={[{ value: '', label: '—' }, ...ACHIEVEMENT_TYPES.map((t) => ({ value: t, label: t }))]}
            onChange={(achievementType) => void edit({ achievementType: achievementType || undefined })}
          />
          <SelectField
            label="Template"
            value={credential.templateId ?? ''}
            options={[{ value: '', label: '—' }, ...templates.map((t) => ({ value: t.id, label: t.name }))]}
            onChange={(templateId) => void edit({ templateId: templateId || undefined })}
          />
          <CredentialFields credential={credential} onChange={(patch) => void edit(patch)} />
        </section>
        <div>
          <IssueSpecimen pathwayId={pathwayId} nodeId={nodeId} />
          {achievement && (
            <section aria-label="Open Badges 3.0 Achievement" className="design-group">
              <h2>Open Badges 3.0 Achievement</h2>
              {achievement.achievement.image && <img className="achievement-image" alt={`${achievement.achievement.name} image`} src={achievement.achievement.image.id} />}
              <button
                onClick={() => {
                  download(achievement.fileName, new Blob([achievement.json], { type: 'application/json' }));
                  notify('info', `Saved ${achievement.fileName}.`);
                }}
              >
                Download Achievement JSON
              </button>
              <pre className="json-preview" aria-label="Achievement JSON">{achievement.json}</pre>
            </section>
          )}
        </div>
      </div>
    </main>
  );
}
