import { useEffect, useRef, useState, type ReactNode } from 'react';

/** A small modal: focus goes in, Escape cancels. (window.prompt/confirm do not exist in Electron.) */
export function Modal({ title, children, onCancel, className }: { title: string; children: ReactNode; onCancel: () => void; className?: string }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div className="modal-backdrop">
      <div className={className ? `modal ${className}` : 'modal'} role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

export function NameDialog(props: { title: string; initial: string; confirmLabel: string; onConfirm: (name: string) => void; onCancel: () => void }) {
  const [name, setName] = useState(props.initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const valid = name.trim().length > 0;
  return (
    <Modal title={props.title} onCancel={props.onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) props.onConfirm(name.trim());
        }}
      >
        <label>
          Name
          <input ref={input} value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />
        </label>
        {!valid && <p className="field-error">A name cannot be empty.</p>}
        <div className="modal-actions">
          <button type="button" onClick={props.onCancel}>Cancel</button>
          <button type="submit" className="primary" disabled={!valid}>{props.confirmLabel}</button>
        </div>
      </form>
    </Modal>
  );
}

export function ConfirmDialog(props: { title: string; message: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Modal title={props.title} onCancel={props.onCancel}>
      <p>{props.message}</p>
      <div className="modal-actions">
        <button type="button" onClick={props.onCancel} autoFocus>Cancel</button>
        <button type="button" className="danger" onClick={props.onConfirm}>{props.confirmLabel}</button>
      </div>
    </Modal>
  );
}
