import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../electron/store/workspace';
import { crashPathwayBody, generatePathwayBody, seededRandom } from '../../helpers/pathwayFixtures';
import { makeTempDir, removeTempDirs } from '../../helpers/tempFiles';

afterAll(removeTempDirs);

const SAVE_LOOP = fileURLToPath(new URL('../../helpers/saveLoop.ts', import.meta.url));
const PATHWAY_ID = 'pathway-crash';
const KILLS = 26;
// Each kill comes after a random number of reported saves (so the counts do not depend on how busy the
// machine is), plus a few milliseconds, so it lands at a random point inside a later save.
const MAX_SAVES_BEFORE_KILL = 100;
const MAX_EXTRA_DELAY_MS = 4;

/** One run of saveLoop.ts: its stdout lines as they arrive, and how it ended. */
class Victim {
  readonly proc: ChildProcess;
  readonly lines: string[] = [];
  private partial = '';
  private stderr = '';
  private waiters: (() => void)[] = [];
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(file: string) {
    this.proc = spawn(process.execPath, ['--import', 'tsx/esm', SAVE_LOOP, file, PATHWAY_ID], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (this.partial + chunk).split('\n');
      this.partial = parts.pop()!;
      this.lines.push(...parts);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    // 'close' comes after stdout has been read to its end, so `lines` is then complete.
    this.ended = new Promise((resolve) => this.proc.on('close', (code, signal) => resolve({ code, signal })));
    this.ended.then(() => this.waiters.splice(0).forEach((wake) => wake()));
  }

  /** Resolves with the first line starting with `prefix` (or equal to it, if `exact`); fails if the process ends first. */
  async waitFor(prefix: string, { exact = false } = {}): Promise<string> {
    let exited = false;
    void this.ended.then(() => (exited = true));
    for (;;) {
      const line = this.lines.find((l) => (exact ? l === prefix : l.startsWith(prefix)));
      if (line !== undefined) return line;
      if (exited) throw new Error(`saveLoop ended before printing "${prefix}": ${this.stderr}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  go(): void {
    this.proc.stdin!.write('go\n');
  }

  get errors(): string {
    return this.stderr;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const expectedJson = (revision: number) => JSON.stringify(crashPathwayBody(PATHWAY_ID, revision));
/** Every revision of the crash pathway, its body read back (from its blocks) as JSON. */
const storedRevisions = (ws: Workspace) =>
  ws.db
    .prepare<[string], number>('SELECT revision FROM revisions WHERE document_id = ? ORDER BY revision')
    .pluck()
    .all(PATHWAY_ID)
    .map((revision) => ({ revision, body: JSON.stringify(ws.getRevision(PATHWAY_ID, revision).body) }));

describe('a workspace survives being killed in the middle of saving', () => {
  it(`keeps every reported save across ${KILLS} SIGKILLs`, { timeout: 180_000 }, async () => {
    const seed = Date.now() % 1_000_000;
    const random = seededRandom(seed);
    const context = `seed ${seed}`;
    const file = path.join(makeTempDir('laurel-crash-'), 'crash.laurel');
    const setup = Workspace.create(file);
    setup.create('pathway', 'Crash pathway r1', crashPathwayBody(PATHWAY_ID, 1), { id: PATHWAY_ID });
    setup.close();

    let kills = 0;
    let saves = 0;
    let cyclesWithSaves = 0;
    let walsRecovered = 0;
    let unreportedCommits = 0;
    let lastRevision = 1;
    const ms = { waitingForStart: 0, running: 0, checking: 0 };
    const since = (t0: number) => performance.now() - t0;
    // The next victim loads its modules while the current one runs and is checked, then waits for "go".
    let next = new Victim(file);
    try {
      for (let cycle = 0; cycle < KILLS; cycle++) {
        const victim = next;
        let t0 = performance.now();
        await victim.waitFor('loaded');
        ms.waitingForStart += since(t0);
        t0 = performance.now();
        victim.go();
        const ready = Number((await victim.waitFor('ready ')).split(' ')[1]);
        expect(ready, `${context}, cycle ${cycle}: the victim starts where the last check ended`).toBe(lastRevision);
        next = new Victim(file);
        const savesBeforeKill = Math.floor(random() * (MAX_SAVES_BEFORE_KILL + 1));
        if (savesBeforeKill > 0) await victim.waitFor(`saved ${ready + savesBeforeKill}`, { exact: true });
        await sleep(random() * MAX_EXTRA_DELAY_MS);
        victim.proc.kill('SIGKILL');
        const end = await victim.ended;
        expect(end, `${context}, cycle ${cycle}: ${victim.errors}`).toEqual({ code: null, signal: 'SIGKILL' });
        kills++;
        ms.running += since(t0);
        t0 = performance.now();

        const saved = victim.lines.filter((l) => l.startsWith('saved ')).map((l) => Number(l.slice('saved '.length)));
        expect(saved, `${context}, cycle ${cycle}: saves are reported in order`).toEqual(saved.map((_, i) => ready + 1 + i));
        saves += saved.length;
        if (saved.length > 0) cyclesWithSaves++;
        const lastSaved = saved.at(-1) ?? ready;

        if ((fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) walsRecovered++;
        const ws = Workspace.open(file);
        try {
          expect(ws.db.pragma('integrity_check', { simple: true }), `${context}, cycle ${cycle}`).toBe('ok');
          const current = ws.get(PATHWAY_ID);
          // The save in flight at the kill may have committed without being reported: never more than one.
          expect(current.revision, `${context}, cycle ${cycle}`).toBeGreaterThanOrEqual(lastSaved);
          expect(current.revision, `${context}, cycle ${cycle}`).toBeLessThanOrEqual(lastSaved + 1);
          if (current.revision > lastSaved) unreportedCommits++;
          expect(current.body, `${context}, cycle ${cycle}`).toEqual(crashPathwayBody(PATHWAY_ID, current.revision));
          const rows = storedRevisions(ws).filter((r) => r.revision > ready);
          expect(rows.map((r) => r.revision), `${context}, cycle ${cycle}`).toEqual(
            Array.from({ length: current.revision - ready }, (_, i) => ready + 1 + i),
          );
          for (const row of rows) expect(row.body === expectedJson(row.revision), `${context}, cycle ${cycle}: body of revision ${row.revision}`).toBe(true);
          lastRevision = current.revision;
        } finally {
          ws.close();
        }
        ms.checking += since(t0);
      }
    } finally {
      next.proc.kill('SIGKILL');
      await next.ended;
    }

    // Once more over the whole history: every revision ever saved, exactly as saved.
    const ws = Workspace.open(file);
    const all = storedRevisions(ws);
    ws.close();
    expect(all.map((r) => r.revision)).toEqual(Array.from({ length: lastRevision }, (_, i) => i + 1));
    expect(all.filter((r) => r.body !== expectedJson(r.revision)).map((r) => r.revision)).toEqual([]);

    // The test cannot pass vacuously: the kills and the saves really happened.
    console.info(JSON.stringify({ seed, kills, saves, cyclesWithSaves, walsRecovered, unreportedCommits, revisions: lastRevision, ms }));
    expect(kills).toBe(KILLS);
    expect(cyclesWithSaves).toBeGreaterThanOrEqual(KILLS * 0.75);
    expect(saves).toBeGreaterThanOrEqual(KILLS * 20);
    expect(walsRecovered).toBeGreaterThanOrEqual(cyclesWithSaves);
    expect(lastRevision).toBeGreaterThanOrEqual(saves + 1);
  });

  it('a workspace killed in the middle of a checkpoint opens with every committed save', () => {
    // A checkpoint copies pages from the WAL into the file in ascending order, so page 1 (whose header
    // holds the new page count) lands first. A kill right after it leaves a file shorter than its header
    // says; SQLite recovers it from the WAL, so Laurel must not refuse it as cut short.
    const dir = makeTempDir('laurel-checkpoint-');
    const live = path.join(dir, 'live.laurel');
    const ws = Workspace.create(live);
    ws.db.pragma('wal_autocheckpoint = 0');
    const big = generatePathwayBody({ nodes: 300, edges: 450, id: PATHWAY_ID, name: 'Big pathway' });
    ws.create('pathway', 'Big pathway', big, { id: PATHWAY_ID });
    for (let i = 2; i <= 10; i++) ws.save(PATHWAY_ID, { ...big, description: `Revision ${i}` });

    // The state a crash leaves: the file and its WAL as they are between two transactions...
    const file = path.join(dir, 'crashed.laurel');
    fs.copyFileSync(live, file);
    fs.copyFileSync(`${live}-wal`, `${file}-wal`);
    ws.close();
    // ...then the checkpoint's first write: the newest page 1 from the WAL.
    const wal = fs.readFileSync(`${file}-wal`);
    const pageSize = wal.readUInt32BE(8);
    let page1: Buffer | undefined;
    for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
      if (wal.readUInt32BE(at) === 1) page1 = wal.subarray(at + 24, at + 24 + pageSize);
    }
    expect(page1).toBeDefined();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, page1!, 0, pageSize, 0);
    fs.closeSync(fd);
    expect(page1!.readUInt32BE(28) * pageSize, 'the header now claims more than the file holds').toBeGreaterThan(fs.statSync(file).size);

    const reopened = Workspace.open(file);
    try {
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(reopened.get(PATHWAY_ID)).toMatchObject({ revision: 10, body: { description: 'Revision 10' } });
      expect(reopened.listRevisions(PATHWAY_ID)).toHaveLength(10);
    } finally {
      reopened.close();
    }
  });
});
