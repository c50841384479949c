import { z } from 'zod';
import { LaurelError } from '../api/result';
import { AlignmentSchema } from '../pathway/schema';
import { MAX_FRAMEWORK_ITEMS } from './limits';

/**
 * A skill framework kept in the workspace (ESCO, O*NET, a CASE package, one's own list). Each item has the
 * shape of a skill's alignment, so an item picked from a search is attached to a skill node as it is.
 */
export const FrameworkItemSchema = AlignmentSchema;
export type FrameworkItem = z.infer<typeof FrameworkItemSchema>;

export const FRAMEWORK_SOURCES = ['csv', 'case'] as const;
export type FrameworkSource = (typeof FRAMEWORK_SOURCES)[number];

export const FrameworkBodySchema = z
  .object({
    schemaVersion: z.literal(1),
    name: z.string().max(300),
    source: z.enum(FRAMEWORK_SOURCES),
    items: z.array(FrameworkItemSchema).max(MAX_FRAMEWORK_ITEMS),
  })
  .strict();
export type FrameworkBody = z.infer<typeof FrameworkBodySchema>;

/** What an import produces before it is stored. */
export interface ParsedFramework {
  /** The document's name: the one asked for, else one found in the input (a CFDocument title, a CSV `framework`). */
  name: string;
  items: FrameworkItem[];
}

/** One problem in an imported file, located the way a person finds it: `line 7`, `CFItems[3]`. */
export interface ImportProblem {
  path: string;
  message: string;
}

const FIELD_LIMITS: Record<Exclude<keyof FrameworkItem, 'targetType'>, number> = {
  framework: 200,
  code: 200,
  name: 500,
  url: 2000,
  description: 4000,
};

/** Field-by-field problems of one item, in words ("name is longer than 500 characters"). */
export function itemProblems(item: FrameworkItem): string[] {
  const problems: string[] = [];
  if (!item.name.trim()) problems.push('no name');
  for (const [field, limit] of Object.entries(FIELD_LIMITS) as [keyof typeof FIELD_LIMITS, number][]) {
    const value = item[field];
    if (value !== undefined && value.length > limit) problems.push(`${field} is longer than ${limit.toLocaleString('en')} characters`);
  }
  return problems;
}

/** Keeps an item's optional fields only when they say something, so stored items stay small. */
export function compactItem(item: { framework: string; name: string; code?: string | undefined; description?: string | undefined; url?: string | undefined }): FrameworkItem {
  const out: FrameworkItem = { framework: item.framework, name: item.name };
  if (item.code) out.code = item.code;
  if (item.description) out.description = item.description;
  if (item.url) out.url = item.url;
  return out;
}

/** The error an import answers: the first problem in the message, up to 20 in `issues`, nothing written. */
export function importError(lead: string, problems: readonly ImportProblem[]): LaurelError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${(problems.length - 1).toLocaleString('en')} more ${problems.length === 2 ? 'problem' : 'problems'})` : '';
  const message = first ? `${lead}: ${first.path}: ${first.message}${more}` : lead;
  return new LaurelError('invalid-document', message, problems.slice(0, 20).map((p) => ({ ...p })));
}

/** A framework item found by a search, with the framework document it belongs to. */
export interface SkillSearchHit extends FrameworkItem {
  frameworkId: string;
  frameworkName: string;
}
