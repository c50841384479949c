import { z } from 'zod';
import { LaurelError } from './api/result';
import { DocumentBodySchema, type DocumentKind } from './documents';
import { IssuerBodySchema } from './issuer/model';
import { PathwaySchema } from './pathway/model';
import { FrameworkBodySchema } from './skills/framework';
import { TemplateBodySchema } from './template/model';
import { assertNever } from './assertNever';

/** Where in the input a schema problem is, in the dotted form people read: `nodes[3].kind`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  ) || '(top level)';
}

export function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 20).map((i) => ({ path: issuePath(i.path), message: i.message }));
}

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
      return DocumentBodySchema;
    default:
      return assertNever(kind, 'document kind');
  }
}

/** Checks a body against its kind's format; throws an `invalid-document` error that says where. */
export function validateBody(kind: DocumentKind, body: unknown): void {
  const parsed = schemaFor(kind).safeParse(body);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    throw new LaurelError('invalid-document', `This ${kind} is not valid: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
  }
}
