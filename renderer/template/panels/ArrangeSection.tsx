import type { TemplateContext } from '../commands/context';
import { TEMPLATE_COMMANDS } from '../commands/templateCommands';

const GROUPS: { legend: string; ids: string[] }[] = [
  { legend: 'Align', ids: ['align-left', 'align-center', 'align-right', 'align-top', 'align-middle', 'align-bottom'] },
  { legend: 'Distribute', ids: ['distribute-horizontal', 'distribute-vertical'] },
  { legend: 'Order', ids: ['order-front', 'order-forward', 'order-backward', 'order-back'] },
  { legend: 'Group', ids: ['group', 'ungroup', 'toggle-lock', 'toggle-hidden'] },
];

/** Align, distribute, stacking order and grouping of the selection: the same commands as the shortcuts. */
export function ArrangeSection({ ctx }: { ctx: TemplateContext }) {
  return (
    <div className="arrange">
      {GROUPS.map((g) => (
        <fieldset key={g.legend}>
          <legend>{g.legend}</legend>
          <div className="button-row">
            {g.ids.map((id) => (
              <button key={id} onClick={() => TEMPLATE_COMMANDS.run(id, ctx)} disabled={!TEMPLATE_COMMANDS.enabled(id, ctx)} title={TEMPLATE_COMMANDS.title(id)}>
                {TEMPLATE_COMMANDS.byId(id).label}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
