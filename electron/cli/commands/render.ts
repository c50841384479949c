import fs from 'node:fs';
import path from 'node:path';
import { MAX_RENDER_DPI, MIN_RENDER_DPI } from '../../../shared/api/contract';
import { LaurelError } from '../../../shared/api/result';
import { valueAt } from '../../../shared/template/mergeFields';
import { DPI_1X, fileSlug, type RenderFormat } from '../../render/renderNames';
import { Workspace } from '../../store/workspace';
import { stringOption, UsageError } from '../args';
import type { Command } from '../command';
import { printJson } from '../command';
import { findDesign } from '../findDesign';
import { readMergeData, type MergeRecord } from '../readMergeData';
import { refuseWorkspaceTarget } from '../writeOutput';

function formatOf(format: string | undefined, out: string): RenderFormat {
  if (format === 'png' || format === 'pdf') return format;
  if (format !== undefined) throw new UsageError(`render: --format must be png or pdf, not “${format}”`, renderCommand);
  const ext = path.extname(out).toLowerCase();
  if (ext === '.png' || ext === '.pdf') return ext.slice(1) as RenderFormat;
  throw new UsageError('render: say --format png or --format pdf (or give --out a .png or .pdf name)', renderCommand);
}

function dpiOf(text: string | undefined, format: RenderFormat): number | undefined {
  if (text === undefined) return undefined;
  const dpi = Number(text);
  if (!Number.isInteger(dpi) || dpi < MIN_RENDER_DPI || dpi > MAX_RENDER_DPI) {
    throw new UsageError(`render: --dpi must be a whole number from ${MIN_RENDER_DPI} to ${MAX_RENDER_DPI}, not “${text}”`, renderCommand);
  }
  if (format === 'pdf') throw new UsageError('render: --dpi is for PNG; a PDF is vector, in points', renderCommand);
  return dpi;
}

function jobsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new UsageError(`render: --jobs must be a whole number from 1 to 16, not “${text}”`, renderCommand);
  return n;
}

/** File names for a batch: from a field's value when asked (made unique), else the row number. */
function batchNames(records: readonly MergeRecord[], nameFrom: string | undefined, ext: string): string[] {
  const width = Math.max(4, String(records.length).length);
  const used = new Set<string>();
  return records.map((record) => {
    const value = nameFrom === undefined ? undefined : valueAt(record.data, nameFrom);
    let base = value === undefined || fileSlug(value, '') === '' ? `row-${String(record.row).padStart(width, '0')}` : fileSlug(value);
    if (used.has(base)) base = `${base}-row-${record.row}`;
    used.add(base);
    return `${base}.${ext}`;
  });
}

export const renderCommand = {
  name: 'render',
  summary: 'Render a template to PNG or PDF, once or once per row of a CSV',
  usage: 'render <file> <template> --out <file | folder> [--data <data.json | data.csv>] [--format png|pdf] [--dpi 300] [--name-from <field>]',
  arguments: ['file', 'template'],
  options: {
    out: { type: 'string', short: 'o', value: 'file | folder', description: 'Where to write: a file for one record, a folder for a CSV or JSON array (made if missing)' },
    data: { type: 'string', short: 'd', value: 'data.json | data.csv', description: 'Field values: a JSON object nested by field path, a JSON array of them, or a CSV with field paths as its header row' },
    format: { type: 'string', short: 'f', value: 'png | pdf', description: 'The file type (default: from the --out name)' },
    dpi: { type: 'string', value: 'dpi', description: `PNG resolution (default ${DPI_1X}: one pixel per point; 300 for print)` },
    'name-from': { type: 'string', value: 'field', description: 'Name each file of a batch from this field (e.g. recipient.name) instead of its row number' },
    jobs: { type: 'string', short: 'j', value: 'n', description: 'Threads for a large batch (default: one per core, at most 4)' },
  },
  details:
    "<template> is a template's id or its name (exact first, then ignoring case).\n" +
    'A CSV header names field paths: recipient.name,recipient.email,issuedOn,… An empty cell gives an empty\n' +
    "value; a field with no column, or left out of the JSON, keeps the template's sample value.\n" +
    'Files are replaced if they exist (never a workspace). Prints {"template": {"id", "name"}, "format", "files"}.\n' +
    'Exit codes: 0 written, 2 bad input (nothing written for that reason), 1 anything else.',
  async run(input, io) {
    const out = stringOption(input, 'out');
    if (out === undefined) throw new UsageError('render: missing --out <file | folder>', renderCommand);
    const format = formatOf(stringOption(input, 'format'), out);
    const dpi = dpiOf(stringOption(input, 'dpi'), format);
    const requestedThreads = jobsOf(stringOption(input, 'jobs'));
    const dataFile = stringOption(input, 'data');
    const { records, kind } = dataFile === undefined ? { records: [{ data: {}, row: 1 }], kind: 'json-object' as const } : readMergeData(dataFile);
    const batch = kind !== 'json-object';
    if (batch && records.length === 0) throw new LaurelError('invalid-argument', `“${dataFile}” has no rows to render.`);

    const workspace = Workspace.open(input.args.file!);
    try {
      // The renderer (fonts, PDF and PNG writers) loads only when there is something to render.
      const [{ PreparedTemplate }, { renderBatch, threadsFor }] = await Promise.all([import('../../render/preparedTemplate'), import('../renderBatch')]);
      const template = await PreparedTemplate.prepare(workspace, findDesign(workspace, input.args.template!, 'template').id);
      for (const missing of template.images.missing) io.err(`laurel: note: the picture ${missing.slice(0, 12)}… is not in this workspace; it is left out.\n`);
      let targets: string[];
      if (batch) {
        if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new UsageError(`render: “${out}” is a file; a batch needs a folder for --out`, renderCommand);
        fs.mkdirSync(out, { recursive: true });
        targets = batchNames(records, stringOption(input, 'name-from'), format).map((name) => path.join(out, name));
      } else {
        // An existing folder, or a name ending in a slash, gets a file named after the template.
        const isFolder = /[\\/]$/.test(out) || (fs.existsSync(out) && fs.statSync(out).isDirectory());
        if (isFolder) fs.mkdirSync(out, { recursive: true });
        targets = [isFolder ? path.join(out, `${fileSlug(template.name, 'template')}.${format}`) : out];
      }
      for (const target of targets) refuseWorkspaceTarget(target, renderCommand);
      const jobs = records.map((record, i) => ({ data: record.data, target: targets[i]! }));
      const threads = threadsFor(jobs.length, requestedThreads);
      await renderBatch(template, { workspaceFile: workspace.file, templateId: template.id, format, dpi }, jobs, threads);
      printJson(io, { template: { id: template.id, name: template.name }, format, files: targets });
    } finally {
      workspace.close();
    }
  },
} satisfies Command;
