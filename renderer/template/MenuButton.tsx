import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  /** Shown after the label, quieter (a shortcut, a field's path). */
  hint?: string;
  disabled?: boolean;
  onSelect: () => void;
}

/** A button that opens a menu of actions (ARIA menu button); closes on choice, Escape or a click outside. */
export function MenuButton({ label, items, disabled, title, children }: { label: string; items: MenuItem[]; disabled?: boolean; title?: string; children?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('pointerdown', outside);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('pointerdown', outside);
      window.removeEventListener('keydown', escape);
    };
  }, [open]);
  return (
    <div className="menu-button" ref={root}>
      <button aria-haspopup="menu" aria-expanded={open} disabled={disabled} title={title} onClick={() => setOpen(!open)}>
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div role="menu" aria-label={label} className="menu">
          {items.map((item) => (
            <button
              key={item.label}
              role="menuitem"
              disabled={item.disabled}
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
            >
              {item.label}
              {item.hint && <span className="menu-hint" aria-hidden="true">{item.hint}</span>}
            </button>
          ))}
          {children}
        </div>
      )}
    </div>
  );
}
