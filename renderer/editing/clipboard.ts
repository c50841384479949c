/**
 * A copy that travels between documents (and windows) of the studio: localStorage, not the system
 * clipboard, because Electron denies clipboard permissions.
 */
export function writeClipboard(key: string, fragment: unknown): void {
  localStorage.setItem(key, JSON.stringify(fragment));
}

/** The fragment stored under `key` when it has the expected `format`; undefined otherwise. */
export function readClipboard<F extends { format: string }>(key: string, format: F['format']): F | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? 'null') as F | null;
    return value && typeof value === 'object' && value.format === format ? value : undefined;
  } catch {
    return undefined;
  }
}
