import path from 'node:path';
import { ensureRendererBuilt } from '../../electron/host/ensureRendererBuilt';

/** Builds the production renderer once, so the hosts the tests start never race to build it. */
export default async function globalSetup() {
  await ensureRendererBuilt(path.resolve(import.meta.dirname, '..', '..'), (m) => console.log(m));
}
