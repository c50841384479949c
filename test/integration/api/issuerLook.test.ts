import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { DEFAULT_ISSUER_ID } from '../../../electron/keys/issuerIdentity';
import { createExampleWorkspace } from '../../../electron/store/seed';
import { Workspace } from '../../../electron/store/workspace';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-issuer-look-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What a template shows of the issuer, which the template editor asks for as it opens. */
describe('getIssuerLook', () => {
  it("answers the issuer profile's name and logo, and nothing once the profile is gone", async () => {
    const workspace = createExampleWorkspace(Workspace, path.join(dir, 'look.laurel'));
    const call = () => dispatch(createHandlers(() => workspace), 'getIssuerLook', '{}');
    const profile = workspace.get(DEFAULT_ISSUER_ID).body as unknown as { name: string; logoAsset: string };
    const answer = await call();
    expect(answer).toEqual({ ok: true, value: { name: profile.name, logoAsset: profile.logoAsset } });
    expect(profile.name).not.toBe('');
    expect(workspace.getAsset(profile.logoAsset)?.mediaType).toMatch(/^image\//);

    // Without the default profile, the first other one in the library; without any, nothing.
    const other = workspace.create('issuer', 'Other issuer', { schemaVersion: 1, name: 'Other Institute' });
    workspace.delete(DEFAULT_ISSUER_ID);
    expect(await call()).toEqual({ ok: true, value: { name: 'Other Institute' } });
    workspace.delete(other.id);
    expect(await call()).toEqual({ ok: true, value: {} });
    workspace.close();
  });
});
