import type { FrameworkSource } from './framework';

/**
 * Which importer reads a file: by its extension, else by its first character (a CASE package is a JSON
 * object; anything else is taken for CSV, whose parser then says what is wrong).
 */
export function frameworkFormatOf(fileName: string, text: string): FrameworkSource {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'json') return 'case';
  return /^\uFEFF?\s*\{/.test(text) ? 'case' : 'csv';
}
