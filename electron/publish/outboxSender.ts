import type { Workspace } from '../store/workspace';
import type { OperatorKeyStore } from './operatorKeys';
import { networkSettings } from './networkSettings';
import { hasPendingPublications, resolveOperator, sendOutbox } from './publisher';

/** How often the app tries again while the network is unreachable. */
const RETRY_MS = 5_000;

/**
 * Sends the outbox in the background of the app (or the browser host): when a publication is queued,
 * when a workspace opens with some waiting, and every few seconds while the network is unreachable, so
 * what was published offline goes out once the network is back (DESIGN §5). One run at a time.
 */
export class OutboxSender {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly workspace: () => Workspace,
    private readonly keys: OperatorKeyStore,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** Starts a run now, or another right after the current one. */
  kick(): void {
    clearTimeout(this.timer);
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => (this.running = undefined));
  }

  /** Resolves when the current run (if any) has finished. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        const workspace = this.workspace();
        if (!hasPendingPublications(workspace)) return;
        const settings = networkSettings(workspace);
        const run = await sendOutbox(workspace, settings, resolveOperator(settings, this.keys));
        if (run.waiting) this.timer = setTimeout(() => this.kick(), RETRY_MS).unref();
      } catch (error) {
        // No operator key, a closed workspace: nothing is lost, the publication waits in the outbox.
        this.log(`Publishing waits: ${(error as Error).message}`);
        this.timer = setTimeout(() => this.kick(), RETRY_MS).unref();
      }
    } while (this.again);
  }
}
