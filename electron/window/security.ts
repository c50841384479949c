/**
 * The Electron security checklist, as data and small functions that tests can check without Electron.
 * `createMainWindow.ts` applies them; nothing else creates windows.
 */

/** The scheme the app's own content is served from (registered as standard and secure). */
export const APP_SCHEME = 'laurel-app';
export const APP_ORIGIN = `${APP_SCHEME}://studio`;

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

/**
 * Only the app's own scripts and styles; images also from data:/blob: (exports, previews); no network.
 * React Flow and Konva set inline style attributes, hence 'unsafe-inline' for styles only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ');

export function isAppUrl(url: string): boolean {
  try {
    // Not `origin`: for a custom scheme Node's URL reports the origin "null"; Electron's standard scheme does not.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'studio';
  } catch {
    return false;
  }
}

/** The slices of WebContents and Session that hardening touches. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}
export interface SessionLike {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
}

/** Denies every navigation away from the app, every new window, webviews and every permission. */
export function hardenWebContents(contents: WebContentsLike, openExternal: (url: string) => void): void {
  const stay = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stay);
  contents.on('will-redirect', stay);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the web (help pages, HashScan) open in the user's browser, never inside the app.
    if (/^https:\/\//.test(url)) openExternal(url);
    return { action: 'deny' };
  });
}

export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
