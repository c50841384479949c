import { useSyncExternalStore } from 'react';

/** Short messages for the person (an error they can act on, a confirmation), shown in one live region. */
interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  /** Where to go next (“See the publication”): a route in the app, as a hash. */
  link?: NoticeLink;
}
export interface NoticeLink {
  label: string;
  href: string;
}
let notices: Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function notify(kind: Notice['kind'], text: string, link?: NoticeLink): void {
  const id = nextId++;
  notices = [...notices, link ? { id, kind, text, link } : { id, kind, text }];
  emit();
  // A notice with a link stays long enough to be followed.
  setTimeout(() => dismiss(id), kind === 'error' || link ? 10_000 : 4_000);
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
          {n.link && (
            <a href={n.link.href} onClick={() => dismiss(n.id)}>
              {n.link.label}
            </a>
          )}
          <button aria-label="Dismiss" onClick={() => dismiss(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
