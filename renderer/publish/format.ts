/** How publishing's figures read on screen: hashes, ledger times, sizes and fees. */

/** The first characters of a SHA-256, enough to tell publications apart at a glance; the full hash goes in a title. */
export const shortSha256 = (sha256: string) => `${sha256.slice(0, 12)}…`;

/**
 * A Hedera consensus timestamp ("seconds.nanos" since the epoch) as ISO 8601 UTC, keeping all nine digits:
 * two messages in the same millisecond are still told apart. Undefined when the text is not a timestamp.
 */
export function consensusTimeIso(timestamp: string): string | undefined {
  const match = /^(\d{1,12})(?:\.(\d{1,9}))?$/.exec(timestamp);
  if (!match) return undefined;
  const date = new Date(Number(match[1]) * 1000);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace(/\.\d{3}Z$/, `.${(match[2] ?? '').padEnd(9, '0')}Z`);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** Fees are fractions of a cent per message, so dollars keep four decimals. */
export const formatUsd = (usd: number) => `$${usd.toFixed(4)}`;

export const formatHbar = (hbar: number) => `${hbar.toFixed(4)} ℏ`;
