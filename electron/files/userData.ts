import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Laurel Studio';

/**
 * The per-user folder for settings and the default workspace. Matches Electron's `app.getPath('userData')`
 * so the app, the browser host and the CLI share one default workspace; `LAUREL_USER_DATA` overrides it
 * (tests use a temp folder).
 */
export function userDataDir(): string {
  if (process.env.LAUREL_USER_DATA) return path.resolve(process.env.LAUREL_USER_DATA);
  const home = os.homedir();
  switch (process.platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
  }
}

export const defaultWorkspaceFile = (dir = userDataDir()) => path.join(dir, 'Default.laurel');
