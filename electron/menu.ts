import path from 'node:path';

/** What the menu can ask the app to do; main.ts supplies them. */
export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(file: string): void;
  saveWorkspaceAs(): void;
  undo(): void;
  redo(): void;
  toggleDarkMode(): void;
  about(): void;
}

/** A plain menu template (Electron's MenuItemConstructorOptions shape), kept free of Electron imports. */
export interface MenuItem {
  label?: string;
  role?: string;
  type?: 'separator' | 'submenu';
  accelerator?: string;
  submenu?: MenuItem[];
  click?: () => void;
  enabled?: boolean;
}

export function buildMenuTemplate(actions: MenuActions, recent: string[], isMac: boolean): MenuItem[] {
  const separator: MenuItem = { type: 'separator' };
  return [
    ...(isMac ? [{ role: 'appMenu' }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Workspace', accelerator: 'CmdOrCtrl+Shift+N', click: actions.newWorkspace },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.map((file) => ({ label: `${path.basename(file)} — ${path.dirname(file)}`, click: () => actions.openRecent(file) }))
            : [{ label: 'No recent workspaces', enabled: false }],
        },
        separator,
        { label: 'Save Workspace As…', accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveWorkspaceAs },
        separator,
        { role: isMac ? 'close' : 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo/redo go to the editor's own history (commands), not the text field's.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: actions.undo },
        { label: 'Redo', accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: actions.redo },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { label: 'Toggle Dark Mode', accelerator: 'CmdOrCtrl+Shift+D', click: actions.toggleDarkMode },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Help', submenu: [{ label: 'About Laurel Studio', click: actions.about }] },
  ];
}
