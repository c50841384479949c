import { edgeId, ruleOf, type Pathway, type PathwayNode, type Rule } from '../../../shared/pathway/model';
import { setRule, updateEdge } from '../../../shared/pathway/edit';
import { titleOf } from '../../../shared/pathway/names';
import type { PathwayEditorStore } from '../editorStore';
import { NumberField, SelectField } from '../../editing/fields';

const RULE_OPTIONS = [
  { value: 'all', label: 'All inputs' },
  { value: 'atLeast', label: 'At least n inputs' },
  { value: 'points', label: 'Points (minimum)' },
] as const;

/** The node's rule over its incoming edges, and each edge's `required` and `points`. */
export function RuleEditor({ store, pathway, node }: { store: PathwayEditorStore; pathway: Pathway; node: PathwayNode }) {
  const rule = ruleOf(node);
  const incoming = pathway.edges.filter((e) => e.to === node.id);
  const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
  const change = (next: Rule) => store.run('Set rule', (p) => setRule(p, node.id, next));

  return (
    <fieldset className="rule-editor">
      <legend>Stacking rule</legend>
      <SelectField
        label="Rule"
        value={rule.type}
        options={RULE_OPTIONS}
        onChange={(type) =>
          change(type === 'atLeast' ? { type, count: Math.max(1, Math.min(incoming.length, 1)) } : type === 'points' ? { type, min: incoming.length } : { type: 'all' })
        }
      />
      {rule.type === 'atLeast' && <NumberField label="Count" min={1} value={rule.count} onCommit={(count) => count && change({ type: 'atLeast', count })} />}
      {rule.type === 'points' && <NumberField label="Minimum points" min={0} value={rule.min} onCommit={(min) => min !== undefined && change({ type: 'points', min })} />}
      {incoming.length === 0 ? (
        <p className="empty">Nothing leads into this node yet: connect inputs from the left.</p>
      ) : (
        <table className="inputs-table">
          <thead>
            <tr>
              <th>Input</th>
              <th>Required</th>
              {rule.type === 'points' && <th>Points</th>}
            </tr>
          </thead>
          <tbody>
            {incoming.map((e) => {
              const title = byId.get(e.from) ? titleOf(byId.get(e.from)!) : e.from;
              const id = edgeId(e);
              return (
                <tr key={id}>
                  <td>{title}</td>
                  <td>
                    <input type="checkbox" aria-label={`Required: ${title}`} checked={e.required ?? false} onChange={(ev) => store.run('Set required', (p) => updateEdge(p, id, { required: ev.target.checked }))} />
                  </td>
                  {rule.type === 'points' && (
                    <td>
                      <NumberField label={`Points: ${title}`} value={e.points ?? 1} onCommit={(points) => store.run('Set points', (p) => updateEdge(p, id, { points: points ?? 1 }))} />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
