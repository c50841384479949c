import { useSyncExternalStore } from 'react';

/** Short messages for the person (an error they can act on, a confirmation), shown in one live region. */
interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}
let notices: Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function notify(kind: Notice['kind'], text: string): void {
  const id = nextId++;
  notices = [...notices, { id, kind, text }];
  emit();
  setTimeout(() => dismiss(id), kind === 'error' ? 10_000 : 4_000);
}
function dismiss(id: number) {
  notices = notices.filter((n) => n.id !== id);
  emit();
}
/** Runs an action and turns a failure into an error notice instead of an unhandled rejection. */
export async function attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    notify('error', (error as Error).message);
    return undefined;
  }
}

export function Notices() {
  const list = useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => notices,
  );
  return (
    <div className="notices" role="status" aria-live="polite">
      {list.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
          {n.text}
          <button aria-label="Dismiss" onClick={() => dismiss(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
