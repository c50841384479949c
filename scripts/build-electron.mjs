// Bundles the main process and the preload for Electron. The preload must be one CommonJS file:
// a sandboxed preload can require only 'electron' and a few built-ins.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning', external: ['electron', 'better-sqlite3'] };
await Promise.all([
  // The main process loads its packages from node_modules, as installed (electron-builder packs the
  // production dependencies): several read files beside their code at run time (@napi-rs/canvas's native
  // binary, zstd's wasm, gRPC's .proto files), which a bundle would leave behind.
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'out/electron/main.js', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'out/electron/preload.cjs', format: 'cjs' }),
]);
