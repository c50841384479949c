import path from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlers } from '../api/handlers';
import { defaultWorkspaceFile } from '../files/userData';
import { WorkspaceSession } from '../store/workspaceSession';
import { ensureRendererBuilt } from './ensureRendererBuilt';
import { startHost } from './server';

/** `npm run web -- [--port n] [--workspace file]`: the studio in any browser, for tests and machines without a desktop. */
async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string' }, workspace: { type: 'string' } } });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`laurel web: --port must be a number from 0 to 65535, not “${values.port}”.`);
    process.exit(2);
  }
  const root = path.resolve(import.meta.dirname, '..', '..');
  const rendererDir = await ensureRendererBuilt(root, (m) => console.error(m));

  let session: WorkspaceSession;
  try {
    const workspace = values.workspace ? path.resolve(values.workspace) : defaultWorkspaceFile();
    // An explicit workspace that does not exist yet is created with the example, like the default one.
    ({ session } = WorkspaceSession.start(workspace));
  } catch (error) {
    console.error(`laurel web: ${(error as Error).message}`);
    process.exit(2);
  }
  const host = await startHost({ port, rendererDir, handlers: createHandlers(() => session.current, { onWorkspaceSwitch: (listener) => session.onSwitch(listener) }), log: (m) => console.error(m) });
  console.log(`Laurel Studio is running at ${host.url}`);

  const stop = async () => {
    await host.close();
    session.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
