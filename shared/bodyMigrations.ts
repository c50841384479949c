import type { DocumentKind } from './documents';
import { LaurelError } from './api/result';

/**
 * Body migrations (DESIGN §2, after tldraw's numbered migrations): each kind lists its `up` steps in
 * order; step i turns schemaVersion i+1 into i+2. A body from a newer Laurel is refused, never guessed at.
 */
type Body = { schemaVersion: number; [key: string]: unknown };
type Up = (body: Body) => Body;

const MIGRATIONS: Record<DocumentKind, Up[]> = {
  pathway: [],
  template: [],
  issuer: [],
  brandKit: [],
  framework: [],
};

export function currentBodyVersion(kind: DocumentKind): number {
  return MIGRATIONS[kind].length + 1;
}

export function migrateBody(kind: DocumentKind, body: Body): Body {
  const target = currentBodyVersion(kind);
  if (body.schemaVersion > target) {
    throw new LaurelError(
      'invalid-document',
      `This ${kind} was saved by a newer Laurel (format ${body.schemaVersion}); this version reads up to ${target}. Update Laurel to open it.`,
    );
  }
  let migrated = body;
  for (let v = body.schemaVersion; v < target; v++) migrated = { ...MIGRATIONS[kind][v - 1]!(migrated), schemaVersion: v + 1 };
  return migrated;
}
