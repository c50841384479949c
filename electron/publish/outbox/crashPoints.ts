/**
 * Where a test may kill the publishing process (DESIGN §5: exactly once across crashes). Set
 * `LAUREL_OUTBOX_CRASH=<point>:<n>` and the process SIGKILLs itself at the n-th time it reaches that point:
 * - `before-submit`: a transaction's signed bytes are stored, not yet sent;
 * - `after-submit`: sent, no receipt asked for;
 * - `after-receipt`: the receipt says SUCCESS, not yet recorded in the workspace.
 * Unset (always, outside tests), it does nothing.
 */
export type CrashPoint = 'before-submit' | 'after-submit' | 'after-receipt';

export function crashInjector(setting = process.env.LAUREL_OUTBOX_CRASH): (point: CrashPoint) => void {
  const match = setting ? /^(before-submit|after-submit|after-receipt):(\d+)$/.exec(setting) : null;
  if (!match) return () => {};
  const [, target, nth] = match;
  let seen = 0;
  return (point) => {
    if (point === target && ++seen === Number(nth)) process.kill(process.pid, 'SIGKILL');
  };
}
