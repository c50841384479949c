import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, safeStorage } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHandlers } from './api/handlers';
import { FileKeyStore, keyStoreDir } from './keys/fileKeyStore';
import { SafeStorageKeyStore } from './keys/safeStorageKeyStore';
import { FileOperatorKeyStore } from './publish/operatorKeys';
import { registerIpc } from './ipc/registerIpc';
import { EVENT_CHANNEL, type AppEvent } from './ipc/channels';
import { buildMenuTemplate, type MenuItem } from './menu';
import { loadSettings, rememberWorkspace, saveSettings, type Settings } from './settings';
import { defaultWorkspaceFile } from './files/userData';
import { resolveStaticFile } from './files/staticFiles';
import { WorkspaceSession } from './store/workspaceSession';
import { APP_SCHEME, isAppUrl } from './window/security';
import { createMainWindow } from './window/createMainWindow';

// Bundled to out/electron/main.js; the renderer is built to out/renderer, the preload to out/electron/preload.cjs.
const outDir = path.resolve(import.meta.dirname, '..');
const rendererDir = path.join(outDir, 'renderer');
const settingsFile = () => path.join(app.getPath('userData'), 'settings.json');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let settings: Settings = { recentWorkspaces: [] };
  let session: WorkspaceSession;
  let window: BrowserWindow | undefined;

  const send = (event: AppEvent) => window?.webContents.send(EVENT_CHANNEL, event);
  const remember = (file: string) => {
    settings = rememberWorkspace(settings, file);
    saveSettings(settingsFile(), settings);
    refreshMenu();
  };
  const switchWorkspace = (change: () => { file: string }) => {
    try {
      remember(change().file);
      send('workspace-changed');
    } catch (error) {
      void dialog.showMessageBox({ type: 'error', message: 'Laurel could not do that', detail: (error as Error).message });
    }
  };
  const laurelFilter = [{ name: 'Laurel workspace', extensions: ['laurel'] }];

  const refreshMenu = () => {
    const template = buildMenuTemplate(
      {
        newWorkspace: async () => {
          const { filePath } = await dialog.showSaveDialog({ title: 'New Workspace', filters: laurelFilter, defaultPath: 'Untitled.laurel' });
          if (filePath) switchWorkspace(() => session.createNew(filePath));
        },
        openWorkspace: async () => {
          const { filePaths } = await dialog.showOpenDialog({ title: 'Open Workspace', filters: laurelFilter, properties: ['openFile'] });
          if (filePaths[0]) switchWorkspace(() => session.open(filePaths[0]!));
        },
        openRecent: (file) => switchWorkspace(() => session.open(file)),
        saveWorkspaceAs: async () => {
          const { filePath } = await dialog.showSaveDialog({ title: 'Save Workspace As', filters: laurelFilter });
          if (filePath) switchWorkspace(() => session.saveAs(filePath));
        },
        undo: () => send('undo'),
        redo: () => send('redo'),
        toggleDarkMode: () => {
          settings = { ...settings, darkMode: !settings.darkMode };
          saveSettings(settingsFile(), settings);
          send('toggle-dark-mode');
        },
        about: () => void dialog.showMessageBox({ message: 'Laurel Studio', detail: `Version ${app.getVersion()}\nDesign stackable credentials and publish them to Hedera.` }),
      },
      settings.recentWorkspaces,
      process.platform === 'darwin',
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template as Electron.MenuItemConstructorOptions[] & MenuItem[]));
  };

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, (request) => {
      const found = resolveStaticFile(rendererDir, new URL(request.url).pathname);
      return found ? net.fetch(pathToFileURL(found.file).toString()) : new Response('Not found', { status: 404 });
    });

    settings = loadSettings(settingsFile());
    const started = WorkspaceSession.start(defaultWorkspaceFile(app.getPath('userData')), settings.lastWorkspace);
    session = started.session;
    remember(session.current.file);
    // Issuer keys sealed by the OS key chain; where it has none (Linux without a secret service), the
    // owner-only key file the CLI uses, encrypted when LAUREL_KEY_PASSPHRASE is set.
    const keyStore = safeStorage.isEncryptionAvailable() ? new SafeStorageKeyStore(keyStoreDir(), safeStorage) : new FileKeyStore();
    const operatorKeys = new FileOperatorKeyStore(path.join(keyStoreDir(), 'operators'), safeStorage.isEncryptionAvailable() ? safeStorage : undefined);
    registerIpc(ipcMain, createHandlers(() => session.current, { keyStore, operatorKeys, onWorkspaceSwitch: (listener) => session.onSwitch(listener) }), isAppUrl, (m) => console.error(m));

    window = createMainWindow(settings, path.join(outDir, 'electron', 'preload.cjs'));
    window.on('close', () => {
      const bounds = window!.getNormalBounds();
      settings = { ...settings, window: { ...bounds, maximized: window!.isMaximized() } };
      saveSettings(settingsFile(), settings);
    });
    if (started.problem) {
      void dialog.showMessageBox(window, { type: 'warning', message: 'The last workspace could not be opened', detail: `${started.problem}\n\nLaurel opened the default workspace instead.` });
    }
  });

  app.on('window-all-closed', () => {
    session?.close();
    app.quit();
  });
}
