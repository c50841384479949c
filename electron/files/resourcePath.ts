import fs from 'node:fs';
import path from 'node:path';

/**
 * The path of a file under resources/: beside the app in a packaged build (electron-builder's
 * extraResources), in the source tree otherwise (the CLI through tsx, tests, `npm start`). Both this file
 * (electron/files/) and the bundle (out/electron/) sit two folders below the project root.
 */
export function resourcePath(...parts: string[]): string {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [...(packaged ? [path.join(packaged, ...parts)] : []), path.resolve(import.meta.dirname, '..', '..', 'resources', ...parts)];
  return candidates.find((file) => fs.existsSync(file)) ?? candidates[candidates.length - 1]!;
}
