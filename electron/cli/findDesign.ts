import { LaurelError } from '../../shared/api/result';
import type { DesignSummary, DocumentKind } from '../../shared/documents';
import type { Workspace } from '../store/workspace';
import { UsageError } from './args';

/**
 * Finds the design a person means by `ref`: an id, else a name matched exactly, else case-insensitively.
 * Names are looked up among designs of `kind` only; an id names any design, so the command can say that
 * it is the wrong kind rather than that it does not exist. Two designs with the name is a usage error
 * that lists their ids, because a script must not act on a guess.
 */
export function findDesign(workspace: Workspace, ref: string, kind: DocumentKind): DesignSummary {
  const designs = workspace.list().designs;
  const byId = designs.find((d) => d.id === ref);
  if (byId) return byId;

  const ofKind = designs.filter((d) => d.kind === kind);
  const exact = ofKind.filter((d) => d.name === ref);
  const matches = exact.length > 0 ? exact : ofKind.filter((d) => d.name.toLowerCase() === ref.toLowerCase());
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new UsageError(`${matches.length} ${kind}s are named “${ref}”; give one of their ids instead: ${matches.map((d) => d.id).join(', ')}`);
  }
  const otherKind = designs.find((d) => d.name.toLowerCase() === ref.toLowerCase());
  if (otherKind) throw new LaurelError('invalid-argument', `“${otherKind.name}” is a ${otherKind.kind}, not a ${kind}.`);
  throw new LaurelError(
    'not-found',
    `There is no ${kind} named or with id “${ref}” in this workspace. Run \`laurel info <file>\` to list its designs.`,
  );
}
