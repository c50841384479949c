import { assertNever } from '../../shared/assertNever';
import type { FeeSource } from '../../shared/publish/feeEstimate';
import type { PlannedStepKind, PublishPlan } from '../../shared/publish/plan';
import { formatBytes, formatHbar, formatUsd, shortSha256 } from './format';

const STEP_LABEL: Record<PlannedStepKind, string> = {
  'create-registry': 'Create registry topic',
  'create-file-topic': 'Create file topic',
  'submit-chunk': 'Submit chunks',
  register: 'Register in the registry',
};

/** Where the estimate comes from, in words: the person should know when it is not the network's own price. */
function feeSourceText(source: FeeSource): string {
  switch (source) {
    case 'simple-fee-schedule':
      return 'Priced from the network’s current fee schedule (simple fees, file 0.0.113).';
    case 'fee-schedule':
      return 'Priced from the network’s legacy fee schedule (file 0.0.111): this network has no simple-fee schedule.';
    case 'published-prices':
      return 'The network’s fee schedule could not be read: this is an estimate from Hedera’s published prices, not from the network.';
    default:
      return assertNever(source, 'fee source');
  }
}

/** What publishing will do and cost, before anything is spent: the content, each step, and the totals. */
export function PublishPlanView({ plan }: { plan: PublishPlan }) {
  return (
    <div className="publish-plan">
      <dl className="plan-facts">
        <dt>Design</dt>
        <dd>{plan.designName}</dd>
        <dt>Network</dt>
        <dd>{plan.network}</dd>
        <dt>Version</dt>
        <dd>{plan.version}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code title={plan.sha256}>{shortSha256(plan.sha256)}</code>
        </dd>
        <dt>Content</dt>
        <dd>
          {formatBytes(plan.contentBytes)}, {formatBytes(plan.compressedBytes)} compressed
        </dd>
        {plan.operatorAccountId && (
          <>
            <dt>Paid by</dt>
            <dd>
              <code>{plan.operatorAccountId}</code>
            </dd>
          </>
        )}
      </dl>
      <table className="data-table plan-steps">
        <caption>Transactions</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Count</th>
            <th scope="col">Bytes</th>
            <th scope="col">Fee (USD)</th>
          </tr>
        </thead>
        <tbody>
          {plan.steps.map((step) => (
            <tr key={step.kind} data-step={step.kind}>
              <th scope="row">{STEP_LABEL[step.kind]}</th>
              <td>×{step.count}</td>
              <td>{formatBytes(step.bytes)}</td>
              <td>{formatUsd(step.feeUsd)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{plan.transactions} transactions</td>
            <td>{formatBytes(plan.messageBytes)}</td>
            <td>{formatUsd(plan.estimatedFeeUsd)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="plan-total">
        Estimated fee: <strong>{formatUsd(plan.estimatedFeeUsd)}</strong>
        {plan.estimatedFeeHbar !== undefined && <> (about {formatHbar(plan.estimatedFeeHbar)})</>} for {plan.transactions} transactions.
      </p>
      <p className="plan-fee-source" data-fee-source={plan.feeSource}>
        {feeSourceText(plan.feeSource)}
      </p>
    </div>
  );
}
