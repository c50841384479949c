import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/**
 * Maps a URL path to a file inside the built renderer, or undefined. Used by the app's protocol and the
 * browser host alike, so neither can be walked out of its folder with `..` or encoded slashes.
 */
export function resolveStaticFile(root: string, urlPath: string): { file: string; contentType: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return undefined;
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
  return { file, contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' };
}
