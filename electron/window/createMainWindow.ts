import { BrowserWindow, shell } from 'electron';
import path from 'node:path';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, WEB_PREFERENCES, denyAllPermissions, hardenWebContents } from './security';
import type { Settings } from '../settings';

/** The only place a window is created: every window gets the same hardened preferences. */
export function createMainWindow(settings: Settings, preloadFile: string): BrowserWindow {
  const bounds = settings.window ?? { width: 1400, height: 900 };
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Laurel Studio',
    webPreferences: { ...WEB_PREFERENCES, preload: path.resolve(preloadFile) },
  });
  hardenWebContents(window.webContents, (url) => void shell.openExternal(url));
  denyAllPermissions(window.webContents.session);
  window.webContents.session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  if (settings.window?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
