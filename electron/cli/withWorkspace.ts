import { Workspace } from '../store/workspace';

/**
 * Opens a workspace file for one command and always closes it, so the WAL is checkpointed and the file is
 * left whole for the studio or the next command. Opening checks the file first: a foreign or damaged file
 * is refused with `workspace-unavailable` and never written.
 */
export function withWorkspace<T>(file: string, use: (workspace: Workspace) => T): T {
  const workspace = Workspace.open(file);
  try {
    return use(workspace);
  } finally {
    workspace.close();
  }
}
