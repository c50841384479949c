import { NODE_KINDS } from '../../shared/pathway/model';
import { runCommand, PALETTE_LABEL, type CommandContext } from './commands';
import { PALETTE_MIME } from './flow/PathwayCanvas';
import { KindIcon } from './flow/KindIcon';

/** The seven kinds: click to add at the centre of the view, or drag onto the canvas. */
export function Palette({ ctx, disabled }: { ctx: CommandContext; disabled: boolean }) {
  return (
    <nav className="palette" aria-label="Palette">
      {NODE_KINDS.map((kind) => (
        <button
          key={kind}
          className={`palette-item kind-${kind}`}
          disabled={disabled}
          draggable={!disabled}
          onDragStart={(e) => {
            e.dataTransfer.setData(PALETTE_MIME, kind);
            e.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => runCommand(`add-${kind}`, ctx)}
        >
          <KindIcon kind={kind} /> {PALETTE_LABEL[kind]}
        </button>
      ))}
    </nav>
  );
}
