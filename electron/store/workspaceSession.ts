import fs from 'node:fs';
import { createExampleWorkspace } from './seed';
import { Workspace } from './workspace';

/**
 * The workspace a window (or the browser host) is working on, and switching it. The previous workspace
 * is closed only after the next one opened, so a bad file never leaves the studio without a workspace.
 */
export class WorkspaceSession {
  private readonly switchListeners = new Set<() => void>();

  private constructor(private workspace: Workspace) {}

  /** Opens `preferred` if given and usable, else the default workspace, seeding it with the example on first run. */
  static start(defaultFile: string, preferred?: string): { session: WorkspaceSession; problem?: string } {
    if (preferred && preferred !== defaultFile) {
      try {
        return { session: new WorkspaceSession(Workspace.open(preferred)) };
      } catch (error) {
        return { session: new WorkspaceSession(openOrSeed(defaultFile)), problem: (error as Error).message };
      }
    }
    return { session: new WorkspaceSession(openOrSeed(defaultFile)) };
  }

  get current(): Workspace {
    return this.workspace;
  }

  /** Calls `listener` after each switch to another workspace (the outbox sender looks at what waits in it). */
  onSwitch(listener: () => void): () => void {
    this.switchListeners.add(listener);
    return () => this.switchListeners.delete(listener);
  }

  private switchTo(next: Workspace): Workspace {
    const previous = this.workspace;
    this.workspace = next;
    previous.close();
    for (const listener of this.switchListeners) listener();
    return next;
  }

  open(file: string): Workspace {
    return this.switchTo(Workspace.open(file));
  }

  createNew(file: string): Workspace {
    return this.switchTo(Workspace.create(file));
  }

  /** Writes a consistent copy with VACUUM INTO and continues in the copy, like any Save As. */
  saveAs(file: string): Workspace {
    const copy = this.workspace.backupTo(file);
    return this.switchTo(Workspace.open(copy));
  }

  close(): void {
    this.workspace.close();
  }
}

export function openOrSeed(file: string): Workspace {
  return fs.existsSync(file) ? Workspace.open(file) : createExampleWorkspace(Workspace, file);
}
