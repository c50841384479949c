/**
 * Valid starts for transaction ids. A transaction id is the payer and the valid start, and the ledger
 * drops a second transaction under an id it has seen as a duplicate, whose receipt then seems to confirm
 * both. Two sources of such a clash:
 * - this process signs several transactions in one millisecond (signing takes under one once warm): so a
 *   start already given moves on by a nanosecond;
 * - another process pays with the same account in the same millisecond (a second studio, the CLI beside
 *   the app, a colleague's machine): so the nanoseconds within the millisecond are random, as the SDK's
 *   own `TransactionId.generate` makes them, and a clash is a one-in-a-million chance per pair, not a
 *   certainty. (CI met the certainty: four CLI processes publishing side by side lost a chunk to it.)
 */
export class ValidStartClock {
  private lastNs = 0n;

  constructor(private readonly random: () => number = Math.random) {}

  /** A valid start in nanoseconds since the epoch, within `ms`'s millisecond or just after the last one given. */
  next(ms: number): bigint {
    let ns = BigInt(Math.floor(ms)) * 1_000_000n + BigInt(Math.floor(this.random() * 1_000_000));
    if (ns <= this.lastNs) ns = this.lastNs + 1n;
    this.lastNs = ns;
    return ns;
  }
}
