import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, WEB_PREFERENCES, denyAllPermissions, hardenWebContents, isAppUrl, type WebContentsLike } from '../../../electron/window/security';
import { buildMenuTemplate, type MenuItem } from '../../../electron/menu';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const source = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('the Electron security checklist', () => {
  it('windows get context isolation, the sandbox and no Node integration', () => {
    expect(WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false });
  });

  it('the CSP allows only the app’s own scripts and no network', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    // the page carries the same policy as a meta tag, for the first paint
    expect(source('renderer/index.html')).toContain("script-src 'self'");
  });

  it('navigation away from the app, new windows, webviews and permissions are denied', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (event: string, listener: (e: { preventDefault(): void }, url?: string) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => (openHandler = h),
    } as unknown as WebContentsLike;
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);

    const navigate = (event: string, url: string) => {
      const e = { preventDefault: vi.fn() };
      listeners.get(event)!(e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(navigate('will-navigate', 'laurel-app://studio/index.html#/pathway/x')).toBe(false);
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(openHandler!({ url: 'https://hashscan.io/testnet' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://hashscan.io/testnet');
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);

    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    denyAllPermissions({ setPermissionRequestHandler: (h) => (requestHandler = h), setPermissionCheckHandler: (h) => (checkHandler = h as () => boolean) });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!()).toBe(false);
  });

  it('only the app’s own origin counts as the app', () => {
    expect(isAppUrl('laurel-app://studio/index.html')).toBe(true);
    expect(isAppUrl('laurel-app://other/index.html')).toBe(false);
    expect(isAppUrl('https://studio/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('the one place that creates windows applies all of it, and nothing else creates windows', () => {
    const create = source('electron/window/createMainWindow.ts');
    expect(create).toMatch(/webPreferences: \{ \.\.\.WEB_PREFERENCES, preload/);
    expect(create).toContain('hardenWebContents(window.webContents');
    expect(create).toContain('denyAllPermissions(window.webContents.session)');
    expect(create).toContain("'Content-Security-Policy': [CONTENT_SECURITY_POLICY]");
    expect(create).toMatch(/loadURL\(`\$\{APP_ORIGIN\}/);
    const electronFiles = fs.readdirSync(path.join(root, 'electron'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const creators = electronFiles.filter((f) => /new BrowserWindow\(/.test(source(path.join('electron', f))));
    expect(creators).toEqual([path.join('window', 'createMainWindow.ts')]);
    const main = source('electron/main.ts');
    expect(main).toContain('requestSingleInstanceLock()');
    expect(main).toContain('registerIpc(ipcMain');
  });
});

describe('the native menu', () => {
  const labels = (items: MenuItem[]): string[] => items.flatMap((i) => [i.label ?? i.role ?? '', ...labels(i.submenu ?? [])]);
  const actions = { newWorkspace: vi.fn(), openWorkspace: vi.fn(), openRecent: vi.fn(), saveWorkspaceAs: vi.fn(), undo: vi.fn(), redo: vi.fn(), toggleDarkMode: vi.fn(), about: vi.fn() };

  it('has File, Edit, View and Help with the studio’s commands', () => {
    const template = buildMenuTemplate(actions, ['/home/a/One.laurel'], false);
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const all = labels(template);
    for (const label of ['New Workspace', 'Open Workspace…', 'Save Workspace As…', 'Open Recent', 'Undo', 'Redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'Toggle Dark Mode', 'About Laurel Studio']) {
      expect(all).toContain(label);
    }
    const recent = template[0]!.submenu!.find((i) => i.label === 'Open Recent')!.submenu!;
    recent[0]!.click!();
    expect(actions.openRecent).toHaveBeenCalledWith('/home/a/One.laurel');
  });

  it('says when there is nothing recent, and adds the app menu on macOS', () => {
    const template = buildMenuTemplate(actions, [], true);
    expect(template[0]!.role).toBe('appMenu');
    const recent = template[1]!.submenu!.find((i) => i.label === 'Open Recent')!.submenu!;
    expect(recent).toEqual([{ label: 'No recent workspaces', enabled: false }]);
  });
});
