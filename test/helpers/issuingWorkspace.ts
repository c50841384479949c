import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { issueSpecimen } from '../../electron/credentials/specimens';
import { FileKeyStore } from '../../electron/keys/fileKeyStore';
import { generateIssuerKey } from '../../electron/keys/issuerIdentity';
import { createExampleWorkspace } from '../../electron/store/seed';
import { Workspace } from '../../electron/store/workspace';

/**
 * The example workspace with an issuer key in a file key store, in a temp folder made before the tests of
 * the calling file or describe block and removed after them. Read `workspace` and `keyStore` inside tests.
 */
export function issuingWorkspace(prefix: string) {
  let dir: string;
  const made = {} as { workspace: Workspace; keyStore: FileKeyStore };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    made.workspace = createExampleWorkspace(Workspace, path.join(dir, 'w.laurel'));
    made.keyStore = new FileKeyStore(path.join(dir, 'keys'), () => undefined);
    generateIssuerKey(made.workspace, made.keyStore);
  });
  afterAll(() => {
    made.workspace.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    get workspace() {
      return made.workspace;
    },
    get keyStore() {
      return made.keyStore;
    },
    /** A specimen of one of the example pathway's credentials, issued to Ada Lovelace. */
    issue: (nodeId: string) =>
      issueSpecimen(made.workspace, made.keyStore, { pathwayId: 'pathway-data-analytics', nodeId, recipient: { name: 'Ada Lovelace', email: 'ada@example.org' } }),
  };
}
