import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import { isActivity, type NodeKind } from '../../../shared/pathway/model';
import type { NodeState } from '../../../shared/pathway/evaluate';
import { KIND_LABEL } from '../../../shared/pathway/names';
import { KindIcon } from './KindIcon';
import { countRender } from './renderCounts';

export interface StackNodeData extends Record<string, unknown> {
  kind: NodeKind;
  title: string;
  /** A credential's rule at a glance: "3 of 5 · SQL required". */
  ruleText?: string;
  /** Set while simulating a learner. */
  state?: NodeState;
  missingText?: string;
  problem?: 'error' | 'warning';
}
export type StackFlowNode = Node<StackNodeData, 'stack'>;

/** Lets a node tick its activity in the simulation without a callback in its data (which would break memo). */
export const SimulationContext = createContext<(id: string) => void>(() => {});

const STATE_LABEL: Record<NodeState, string> = { completed: 'Completed', available: 'Available', locked: 'Locked', earned: 'Earned', 'in-progress': 'In progress' };

function StackNodeView({ id, data, selected }: NodeProps<StackFlowNode>) {
  countRender(id);
  const toggleCompleted = useContext(SimulationContext);
  const classes = ['stack-node', `kind-${data.kind}`, data.state ? `state-${data.state}` : '', selected ? 'selected' : '', data.problem ? `has-${data.problem}` : ''].join(' ');
  const feeds = data.kind !== 'program';

  return (
    <div className={classes} data-testid={`node-${id}`} title={data.missingText}>
      {/* every kind accepts inputs: units too (unit → unit is a suggested order) */}
      <Handle type="target" position={Position.Left} />
      <div className="node-kind">
        <KindIcon kind={data.kind} /> {KIND_LABEL[data.kind]}
        {data.problem && <span className={`node-flag flag-${data.problem}`} aria-label={data.problem === 'error' ? 'Has errors' : 'Has warnings'}>!</span>}
      </div>
      <div className="node-title">{data.title || <em>Untitled</em>}</div>
      {data.ruleText && <div className="node-rule">{data.ruleText}</div>}
      {data.state && (
        <div className="node-state">
          {isActivity(data.kind) ? (
            <label className="nodrag">
              <input type="checkbox" checked={data.state === 'completed'} onChange={() => toggleCompleted(id)} aria-label={`Completed: ${data.title}`} /> {STATE_LABEL[data.state]}
            </label>
          ) : (
            STATE_LABEL[data.state]
          )}
        </div>
      )}
      {feeds && <Handle type="source" position={Position.Right} />}
    </div>
  );
}

export const StackNode = memo(StackNodeView);

/** Defined once at module level, as React Flow asks, so node components are never remounted. */
export const NODE_TYPES = { stack: StackNode };
