import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { releaseLease, takeLease } from '../../../electron/publish/outbox/outboxLease';
import { Workspace } from '../../../electron/store/workspace';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';

afterAll(() => removeTempDirs());

const holdAs = (workspace: Workspace, pid: number, until: number) =>
  workspace.db.prepare("INSERT INTO meta (key, value) VALUES ('outbox.lease', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(JSON.stringify({ pid, host: os.hostname(), until }));

describe('the outbox lease', () => {
  it('lets one live process send a workspace’s outbox, and passes on when it dies or goes quiet', () => {
    const workspace = Workspace.create(path.join(makeTempDir('laurel-lease-'), 'w.laurel'));
    const now = Date.now();
    expect(takeLease(workspace.db, now)).toBe(true);
    expect(takeLease(workspace.db, now)).toBe(true); // renewing one's own

    holdAs(workspace, process.ppid, now + 60_000); // the test runner's parent: alive
    expect(takeLease(workspace.db, now)).toBe(false);
    expect(takeLease(workspace.db, now + 61_000)).toBe(true); // its lease ran out

    holdAs(workspace, 2 ** 22 + 12_345, now + 60_000); // beyond pid_max: no such process (a crashed sender)
    expect(takeLease(workspace.db, now)).toBe(true);

    releaseLease(workspace.db);
    expect(workspace.db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'outbox.lease'").get()).toEqual({ n: 0 });
    workspace.close();
  });
});
