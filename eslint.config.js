import tseslint from 'typescript-eslint';

const platformModules = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'electron', 'better-sqlite3', 'react', 'react-dom', 'react-dom/*', '@xyflow/*', 'konva', 'react-konva'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'reports/**', 'release/**', '.explore/**', '.scratch*/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // shared/ is the pure domain (STYLE.md "Layers that tooling keeps honest"): no platform, no other layer.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: platformModules, message: 'shared/ must stay free of Node, Electron, the DOM and UI libraries.' },
        { group: ['**/electron/**', '**/renderer/**', '../electron', '../renderer'], message: 'shared/ must not import electron/ or renderer/.' },
      ] }],
    },
  },
  {
    // The renderer runs in a sandboxed page: it reaches Node only through the API.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'electron', 'better-sqlite3'], message: 'The renderer reaches Node only through window.laurel / the API.' },
        { group: ['**/electron/**', '../electron'], message: 'The renderer must not import electron/; use the API.' },
      ] }],
    },
  },
  {
    // Electron may be imported only by the main process and the preload, never by code tests load.
    files: ['electron/**/*.ts', 'test/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/window/createMainWindow.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main.ts, preload.ts and createMainWindow.ts import electron.' }] }],
    },
  },
);
