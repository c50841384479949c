/**
 * Rendering: `npm run bench render`. One JSON line per figure (MEASURING.md).
 *
 * (a) PNG of the example A4 certificate at 300 DPI in Node (layout, Skia drawing, PNG encoding).
 *     Budget ≤ 300 ms. Baseline: the same at 72 DPI (1×), so the ratio shows what the pixels cost.
 * (b) PDF of the same certificate (text in embedded subsets, the QR code, its logo and signature; no
 *     photographic background), personalised each run (a new name, credential id and QR code).
 *     Budget ≤ 50 ms. Baseline: an empty A4 page written by pdf-lib in the same run.
 * (c) 1,000 personalised PDFs from one template and a CSV: one `laurel render` process, timed from spawn to
 *     exit, as a script runs it. Budget ≤ 60 s. Baseline: the same command for a 1-row CSV (process start,
 *     TypeScript loading, opening the workspace), so per-file cost = (total − baseline) / 1,000.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { PreparedTemplate } from '../../electron/render/preparedTemplate';
import { createExampleWorkspace, EXAMPLE_IDS } from '../../electron/store/seed';
import { Workspace } from '../../electron/store/workspace';
import { report, summarise, timeRuns } from './measure';

/**
 * Wall-clock samples as `timeRuns` takes them, plus this process's CPU time per run: the build machines are
 * shared, and when they are busy the CPU time says what the work itself costs.
 */
async function timeRunsWithCpu(fn: () => unknown, n: number, warmup: number): Promise<{ wall: number[]; cpu: number[] }> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-render-bench-'));
const ms = (x: number) => Math.round(x * 1000) / 1000;
const personal = (i: number) => ({
  recipient: { name: `Learner ${i} Fairweather-Okonkwo` },
  credential: { id: `urn:uuid:6f1c2a9e-0000-4000-8000-${String(i).padStart(12, '0')}` },
  verification: { url: `https://verify.northwind.example.edu/c/${(0x10000000 + i).toString(16)}` },
});

async function pngFigures(template: PreparedTemplate): Promise<void> {
  const base = summarise(await timeRuns(() => template.render('png', { dpi: 72 }), 30, 5));
  const runs = await timeRunsWithCpu(() => template.render('png', { dpi: 300 }), 20, 3);
  const print = summarise(runs.wall);
  report({
    name: 'render.png.a4_certificate_300dpi',
    unit: 'ms',
    ...print,
    cpuMedian: ms(summarise(runs.cpu).median),
    n: 20,
    budget: '≤ 300 ms',
    baseline: { name: 'render.png.a4_certificate_72dpi', median: ms(base.median), p95: ms(base.p95), n: 30 },
    ratio: ms(print.median / base.median),
  });
}

async function pdfFigures(template: PreparedTemplate): Promise<void> {
  const empty = summarise(
    await timeRuns(async () => {
      const doc = await PDFDocument.create();
      doc.addPage([841.89, 595.28]);
      await doc.save();
    }, 50),
  );
  let i = 0;
  const runs = await timeRunsWithCpu(() => template.render('pdf', { data: personal(i++) }), 60, 10);
  const certificate = summarise(runs.wall);
  report({
    name: 'render.pdf.a4_certificate',
    unit: 'ms',
    ...certificate,
    cpuMedian: ms(summarise(runs.cpu).median),
    n: 60,
    budget: '≤ 50 ms',
    baseline: { name: 'render.pdf.empty_a4_page', median: ms(empty.median), p95: ms(empty.p95), n: 50 },
    ratio: ms(certificate.median / empty.median),
  });
}

function csvOf(rows: number): string {
  const lines = ['recipient.name,recipient.email,credential.id,verification.url,issuedOn'];
  for (let r = 0; r < rows; r++) {
    const p = personal(r);
    lines.push(`${p.recipient.name},learner${r}@example.org,${p.credential.id},${p.verification.url},1 December 2026`);
  }
  return lines.join('\n') + '\n';
}

/**
 * One `laurel render` process for a CSV of `rows`: wall-clock milliseconds from spawn to exit, and the
 * process's CPU time (user + system) as bash's `time` reports it for its child.
 */
function cliRun(workspaceFile: string, rows: number): { wall: number; cpu: number } {
  const csv = path.join(dir, `rows-${rows}.csv`);
  fs.writeFileSync(csv, csvOf(rows));
  const out = path.join(dir, `out-${rows}-${Date.now()}`);
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, 'bin/laurel.js', 'render', workspaceFile, EXAMPLE_IDS.certificateTemplate, '--data', csv, '--format', 'pdf', '--out', out].map(quote).join(' ');
  const t0 = process.hrtime.bigint();
  const run = spawnSync('bash', ['-c', `TIMEFORMAT='%3U %3S'; time ${command} > /dev/null`], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status !== 0) throw new Error(`laurel render failed: ${run.stderr}`);
  const [user, system] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const written = fs.readdirSync(out).length;
  if (written !== rows) throw new Error(`laurel render wrote ${written} files for ${rows} rows`);
  fs.rmSync(out, { recursive: true, force: true });
  return { wall, cpu: (user! + system!) * 1000 };
}

function cliFigures(workspaceFile: string): void {
  cliRun(workspaceFile, 1); // warm-up: tsx's transform cache, the OS's file cache
  const startups = [cliRun(workspaceFile, 1), cliRun(workspaceFile, 1), cliRun(workspaceFile, 1)];
  const batch = cliRun(workspaceFile, 1000);
  const startup = summarise(startups.map((s) => s.wall)).median;
  const startupCpu = summarise(startups.map((s) => s.cpu)).median;
  report({
    name: 'render.cli.1000_pdfs',
    unit: 'ms',
    median: batch.wall,
    p95: batch.wall,
    n: 1,
    budget: '≤ 60000 ms',
    seconds: ms(batch.wall / 1000),
    perFileMs: ms((batch.wall - startup) / 1000),
    cpuSeconds: ms(batch.cpu / 1000),
    cpuPerFileMs: ms((batch.cpu - startupCpu) / 1000),
    baseline: { name: 'render.cli.1_pdf', median: ms(startup), p95: ms(Math.max(...startups.map((s) => s.wall))), cpuMedian: ms(startupCpu), n: startups.length },
  });
}
const workspaceFile = path.join(dir, 'bench.laurel');
const workspace = createExampleWorkspace(Workspace, workspaceFile);
try {
  const template = await PreparedTemplate.prepare(workspace, EXAMPLE_IDS.certificateTemplate);
  await pngFigures(template);
  await pdfFigures(template);
} finally {
  workspace.close();
}
if (process.argv.includes('--no-cli')) console.error('# skipped the 1,000-PDF CLI run (--no-cli)');
else cliFigures(workspaceFile);
fs.rmSync(dir, { recursive: true, force: true });
