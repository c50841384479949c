import { z } from 'zod';
import { LaurelError } from './api/result';
import type { DocumentKind } from './documents';
import { IssuerBodySchema } from './issuer/model';
import { PathwaySchema } from './pathway/schema';
import { pathwayBodyIssues } from './pathway/pathwayBodyIssues';
import { issuePath, type SchemaIssue } from './schemaIssue';
import { FrameworkBodySchema } from './skills/framework';
import { BrandKitBodySchema } from './template/schema';
import { TemplateBodySchema } from './template/schema';
import { assertNever } from './assertNever';

export { issuePath };

/** At most this many issues reach the caller: the first ones say where to look. */
const MAX_ISSUES = 20;

export function zodIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: issuePath(i.path), message: i.message }));
}

/** The schema of record for stored pathways; `pathwayBodyIssues` checks the same by hand, faster. */
export const PathwayBodySchema = PathwaySchema.extend({ schemaVersion: z.literal(1) });

function schemaFor(kind: DocumentKind): z.ZodType {
  switch (kind) {
    case 'pathway':
      return PathwayBodySchema;
    case 'template':
      return TemplateBodySchema;
    case 'issuer':
      return IssuerBodySchema;
    case 'framework':
      return FrameworkBodySchema;
    case 'brandKit':
      return BrandKitBodySchema;
    default:
      return assertNever(kind, 'document kind');
  }
}

/** What is wrong with a body of this kind; empty when it is valid. */
function bodyIssues(kind: DocumentKind, body: unknown, onlyItems?: ReadonlySet<unknown>): SchemaIssue[] {
  // Pathways are the big documents autosave writes often: they get the hand-written walk.
  if (kind === 'pathway') return pathwayBodyIssues(body, onlyItems).slice(0, MAX_ISSUES);
  const parsed = schemaFor(kind).safeParse(body);
  return parsed.success ? [] : zodIssues(parsed.error);
}

/**
 * Checks a body against its kind's format; throws an `invalid-document` error that says where.
 * `onlyItems`: of a pathway's nodes and edges, check only these, the caller knowing the rest valid.
 */
export function validateBody(kind: DocumentKind, body: unknown, onlyItems?: ReadonlySet<unknown>): void {
  const issues = bodyIssues(kind, body, onlyItems);
  if (issues.length > 0) {
    throw new LaurelError('invalid-document', `This ${kind} is not valid: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
  }
}
