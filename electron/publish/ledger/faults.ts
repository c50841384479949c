import { z } from 'zod';

/** What the ledger is told to get wrong, switchable while it runs. */
export interface FaultState {
  /** Transactions still to be answered BUSY without being looked at. */
  busy: number;
  /** Transactions still to be accepted (they reach consensus) whose connection is then dropped unanswered. */
  dropAfterAccept: number;
  /** Every gRPC answer waits this long first (the request is handled after the wait). */
  delayMs: number;
  /** How many more answers to delay; null while the delay applies to all. */
  delayCount: number | null;
  /** The gRPC port is closed: connections are refused. */
  refusingConnections: boolean;
  /** Accepted transactions reach consensus this long later: until then their receipt says UNKNOWN. */
  consensusLagMs: number;
  /** The mirror node shows a transaction only this long after its consensus time. */
  mirrorLagMs: number;
}

/** The body of `POST /__faults`: any of these, applied in this order. */
export const faultCommandSchema = z
  .object({
    clear: z.literal(true),
    busy: z.number().int().min(0),
    dropAfterAccept: z.number().int().min(0),
    delayMs: z.number().int().min(0),
    delayCount: z.number().int().min(1).nullable(),
    refuseConnections: z.boolean(),
    /** With `refuseConnections: true`, listen again after this long. */
    refuseForMs: z.number().int().min(1),
    consensusLagMs: z.number().int().min(0),
    mirrorLagMs: z.number().int().min(0),
  })
  .partial()
  .strict()
  .refine((c) => c.refuseForMs === undefined || c.refuseConnections === true, { message: 'refuseForMs goes with refuseConnections: true' })
  .refine((c) => c.delayCount === undefined || c.delayMs !== undefined, { message: 'delayCount goes with delayMs' });
export type FaultCommand = z.infer<typeof faultCommandSchema>;

const NO_FAULTS: FaultState = {
  busy: 0,
  dropAfterAccept: 0,
  delayMs: 0,
  delayCount: null,
  refusingConnections: false,
  consensusLagMs: 0,
  mirrorLagMs: 0,
};

/**
 * Switchable fault injection, shared by the gRPC server (which takes faults as requests arrive) and the
 * connection gate (which refuses connections). Tests drive it in-process; `laurel ledger` users through
 * `POST /__faults` on the mirror port.
 */
export class LedgerFaults {
  private state: FaultState = { ...NO_FAULTS };
  private reopenTimer: NodeJS.Timeout | undefined;

  constructor(private readonly setRefusing: (refusing: boolean) => Promise<void>) {}

  snapshot(): FaultState {
    return { ...this.state };
  }

  /** Answer BUSY to the next `count` transactions. */
  busyNext(count: number): void {
    this.state.busy = count;
  }

  /** Accept the next `count` transactions, then drop their connection instead of answering. */
  dropNextAfterAccept(count: number): void {
    this.state.dropAfterAccept = count;
  }

  /** Hold every gRPC answer (or the next `count`) for `ms`; 0 stops delaying. */
  delayAnswers(ms: number, count: number | null = null): void {
    this.state.delayMs = ms;
    this.state.delayCount = ms === 0 ? null : count;
  }

  /** Stop listening on the gRPC port, dropping open connections; listen again after `forMs` if given. */
  async refuseConnections(forMs?: number): Promise<void> {
    clearTimeout(this.reopenTimer);
    this.state.refusingConnections = true;
    await this.setRefusing(true);
    if (forMs !== undefined) this.reopenTimer = setTimeout(() => void this.acceptConnections(), forMs);
  }

  async acceptConnections(): Promise<void> {
    clearTimeout(this.reopenTimer);
    this.state.refusingConnections = false;
    await this.setRefusing(false);
  }

  /**
   * Give accepted transactions a consensus time `ms` in the future, as a real network takes seconds: their
   * receipt says UNKNOWN and the mirror node does not show them until then.
   */
  lagConsensus(ms: number): void {
    this.state.consensusLagMs = ms;
  }

  /** Delay what the mirror node shows by `ms` after consensus, as a real mirror node lags the network. */
  lagMirror(ms: number): void {
    this.state.mirrorLagMs = ms;
  }

  async clear(): Promise<void> {
    const wasRefusing = this.state.refusingConnections;
    this.state = { ...NO_FAULTS };
    if (wasRefusing) await this.acceptConnections();
  }

  async apply(command: FaultCommand): Promise<FaultState> {
    if (command.clear) await this.clear();
    if (command.busy !== undefined) this.busyNext(command.busy);
    if (command.dropAfterAccept !== undefined) this.dropNextAfterAccept(command.dropAfterAccept);
    if (command.delayMs !== undefined) this.delayAnswers(command.delayMs, command.delayCount ?? null);
    if (command.consensusLagMs !== undefined) this.lagConsensus(command.consensusLagMs);
    if (command.mirrorLagMs !== undefined) this.lagMirror(command.mirrorLagMs);
    if (command.refuseConnections === true) await this.refuseConnections(command.refuseForMs);
    if (command.refuseConnections === false) await this.acceptConnections();
    return this.snapshot();
  }

  // ——— Taken by the gRPC server, one request at a time. ———

  takeBusy(): boolean {
    if (this.state.busy === 0) return false;
    this.state.busy -= 1;
    return true;
  }

  takeDropAfterAccept(): boolean {
    if (this.state.dropAfterAccept === 0) return false;
    this.state.dropAfterAccept -= 1;
    return true;
  }

  takeDelay(): number {
    if (this.state.delayMs === 0) return 0;
    const ms = this.state.delayMs;
    if (this.state.delayCount !== null && --this.state.delayCount === 0) this.delayAnswers(0);
    return ms;
  }

  /** Cancels a pending reopen; the ledger calls this when it stops. */
  dispose(): void {
    clearTimeout(this.reopenTimer);
  }
}
