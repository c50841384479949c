import { memo, useEffect, useState } from 'react';
import type { DesignSummary } from '../../../shared/documents';
import { updateEdge, updateNode } from '../../../shared/pathway/edit';
import { ACHIEVEMENT_TYPES, TIER, edgeId, isCredential, type Alignment, type Pathway, type PathwayNode } from '../../../shared/pathway/model';
import { KIND_LABEL, titleOf } from '../../../shared/pathway/names';
import { api, unwrap } from '../../api/client';
import { attempt } from '../../app/Notices';
import type { PathwayEditorStore } from '../editorStore';
import { NumberField, SelectField, TextField } from '../../editing/fields';
import { RuleEditor } from './RuleEditor';
import { SkillSearch } from './SkillSearch';
import { FrameworkImport } from './FrameworkImport';
import { CredentialFields } from '../../credentials/CredentialFields';
import { navigate } from '../../app/route';

const UNIT_FORMATS = ['lesson', 'exercise', 'simulation', 'demonstration', 'video', 'reading', 'workshop'];
const ASSESSMENT_METHODS = ['quiz', 'short task', 'performance proof', 'peer review', 'observation', 'oral check'];
const EVIDENCE_TYPES = ['work sample', 'screenshot', 'recording', 'log', 'document', 'link'];
const options = (values: readonly string[]) => [{ value: '', label: '—' }, ...values.map((v) => ({ value: v, label: v }))];

/**
 * Everything about the selection: one node (by kind), one edge, or the pathway itself. Memoised, and
 * given the pathway's structure (`useStructure`), as it shows no positions: it skips the frames of a drag.
 */
export const PropertiesPanel = memo(function PropertiesPanel({ store, pathway, selectedNodes, selectedEdges }: { store: PathwayEditorStore; pathway: Pathway; selectedNodes: ReadonlySet<string>; selectedEdges: ReadonlySet<string> }) {
  const node = selectedNodes.size === 1 ? pathway.nodes.find((n) => selectedNodes.has(n.id)) : undefined;
  const edge = selectedNodes.size === 0 && selectedEdges.size === 1 ? pathway.edges.find((e) => selectedEdges.has(edgeId(e))) : undefined;

  return (
    <section aria-label="Properties" className="side-panel properties-panel">
      <h2>Properties</h2>
      {node ? (
        <NodeProperties key={node.id} store={store} pathway={pathway} node={node} />
      ) : edge ? (
        <div className="field-group">
          <p>
            {titleOf(pathway.nodes.find((n) => n.id === edge.from) ?? { id: edge.from, kind: 'unit', title: edge.from })} → {titleOf(pathway.nodes.find((n) => n.id === edge.to) ?? { id: edge.to, kind: 'unit', title: edge.to })}
          </p>
          <label className="field-inline">
            <input type="checkbox" checked={edge.required ?? false} onChange={(e) => store.run('Set required', (p) => updateEdge(p, edgeId(edge), { required: e.target.checked }))} /> Required
          </label>
          <NumberField label="Points" value={edge.points ?? 1} onCommit={(points) => store.run('Set points', (p) => updateEdge(p, edgeId(edge), { points: points ?? 1 }))} />
        </div>
      ) : selectedNodes.size > 1 ? (
        <p className="empty">{selectedNodes.size} nodes selected.</p>
      ) : (
        <div className="field-group">
          <TextField label="Pathway name" value={pathway.name} onCommit={(name) => name.trim() && store.run('Rename pathway', (p) => ({ ...p, name: name.trim() }))} />
          <TextField label="Pathway description" multiline value={pathway.description ?? ''} onCommit={(description) => store.run('Edit description', (p) => ({ ...p, description }))} />
          <p className="muted">
            {pathway.nodes.length} nodes · {pathway.edges.length} connections
          </p>
        </div>
      )}
    </section>
  );
});

function NodeProperties({ store, pathway, node }: { store: PathwayEditorStore; pathway: Pathway; node: PathwayNode }) {
  const edit = (label: string, patch: Partial<PathwayNode>) => store.run(label, (p) => updateNode(p, node.id, patch));
  const credential = node.credential ?? {};
  const editCredential = (patch: Record<string, unknown>) => {
    const next = { ...credential, ...patch };
    for (const [k, v] of Object.entries(next)) if (v === '' || v === undefined) delete (next as Record<string, unknown>)[k];
    edit('Edit credential', { credential: next });
  };

  return (
    <div className="field-group">
      <p className={`kind-tag kind-${node.kind}`}>{KIND_LABEL[node.kind]}</p>
      <TextField label="Title" value={node.title} onCommit={(title) => edit('Edit title', { title })} />
      <TextField label="Description" multiline value={node.description ?? ''} onCommit={(description) => edit('Edit description', { description: description || undefined })} />
      {node.kind === 'unit' && (
        <>
          <NumberField label="Duration (minutes)" value={node.durationMinutes} onCommit={(durationMinutes) => edit('Edit duration', { durationMinutes })} />
          <SelectField label="Format" value={node.format ?? ''} options={options(UNIT_FORMATS)} onChange={(format) => edit('Edit format', { format: format || undefined })} />
        </>
      )}
      {node.kind === 'assessment' && <SelectField label="Method" value={node.method ?? ''} options={options(ASSESSMENT_METHODS)} onChange={(method) => edit('Edit method', { method: method || undefined })} />}
      {node.kind === 'evidence' && <SelectField label="Evidence type" value={node.evidenceType ?? ''} options={options(EVIDENCE_TYPES)} onChange={(evidenceType) => edit('Edit evidence type', { evidenceType: evidenceType || undefined })} />}
      {node.kind === 'skill' && <Alignments alignments={node.alignments ?? []} onChange={(alignments) => edit('Edit alignments', { alignments })} />}
      {isCredential(node.kind) && (
        <fieldset>
          <legend>Credential</legend>
          <TextField label="Credential name" value={credential.name ?? ''} onCommit={(name) => editCredential({ name })} />
          <TextField label="Credential description" multiline value={credential.description ?? ''} onCommit={(description) => editCredential({ description })} />
          <TextField label="Criteria" multiline value={credential.criteria ?? ''} onCommit={(criteria) => editCredential({ criteria })} />
          <SelectField label="Achievement type" value={credential.achievementType ?? ''} options={[{ value: '', label: '—' }, ...ACHIEVEMENT_TYPES.map((t) => ({ value: t, label: t }))]} onChange={(achievementType) => editCredential({ achievementType })} />
          <TemplatePicker value={credential.templateId ?? ''} onChange={(templateId) => editCredential({ templateId })} />
          <CredentialFields credential={credential} onChange={editCredential} />
          <button onClick={() => navigate({ screen: 'credential', id: pathway.id, nodeId: node.id })}>Open credential page (OB 3.0, specimen)</button>
        </fieldset>
      )}
      {TIER[node.kind] >= 1 && <RuleEditor store={store} pathway={pathway} node={node} />}
    </div>
  );
}

function TemplatePicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const [templates, setTemplates] = useState<DesignSummary[]>([]);
  useEffect(() => void attempt(async () => setTemplates(unwrap(await api.listDesigns({})).designs.filter((d) => d.kind === 'template'))), []);
  return <SelectField label="Template" value={value} options={[{ value: '', label: '—' }, ...templates.map((t) => ({ value: t.id, label: t.name }))]} onChange={onChange} />;
}

function Alignments({ alignments, onChange }: { alignments: Alignment[]; onChange: (a: Alignment[]) => void }) {
  return (
    <fieldset>
      <legend>Skill alignments</legend>
      {alignments.length === 0 && <p className="empty">Not aligned to any framework yet.</p>}
      <ul className="alignments">
        {alignments.map((a, i) => (
          <li key={`${a.framework}-${a.code}-${a.name}-${i}`}>
            <strong>{a.name}</strong> <span className="muted">{[a.framework, a.code].filter(Boolean).join(' · ')}</span>
            <button aria-label={`Remove alignment ${a.name}`} onClick={() => onChange(alignments.filter((_, j) => j !== i))}>Remove</button>
          </li>
        ))}
      </ul>
      <SkillSearch onPick={(a) => onChange([...alignments, a])} />
      <FrameworkImport />
    </fieldset>
  );
}
