import { contract, type ApiHandlers } from '../../shared/api/contract';
import { MAX_PAYLOAD_BYTES, METHOD_NAMES, type MethodName } from '../../shared/api/methods';
import { fail, LaurelError, ok, type ApiResult } from '../../shared/api/result';
import { zodIssues } from '../../shared/validateBody';

export const isMethodName = (name: string): name is MethodName => (METHOD_NAMES as readonly string[]).includes(name);

/**
 * The single entry of every transport (IPC and HTTP): size check, JSON parse, schema validation, then the
 * handler. Whatever happens, the caller gets an `ApiResult`; nothing throws across the boundary, and bad
 * input reaches no handler, so it cannot write.
 */
export async function dispatch(handlers: ApiHandlers, method: string, argsJson: string, log: (message: string) => void = () => {}): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) return fail('unknown-method', `There is no API method “${method.slice(0, 100)}”.`);
  if (argsJson.length > MAX_PAYLOAD_BYTES) {
    return fail('payload-too-large', `The request is ${(argsJson.length / 1048576).toFixed(1)} MB; the limit is ${MAX_PAYLOAD_BYTES / 1048576} MB.`);
  }
  let raw: unknown;
  try {
    raw = argsJson === '' ? {} : JSON.parse(argsJson);
  } catch {
    return fail('invalid-argument', `The arguments of ${method} are not JSON.`);
  }
  const parsed = contract[method].args.safeParse(raw);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    return fail('invalid-argument', `Invalid arguments for ${method}: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
  }
  try {
    const handler = handlers[method] as (args: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof LaurelError) return fail(error.code, error.message, error.issues);
    // Unexpected: keep the detail in the log (never secrets: arguments are not logged), give the person a plain message.
    log(`API ${method} failed: ${(error as Error)?.stack ?? String(error)}`);
    return fail('internal', `Something went wrong in ${method}. The workspace was not changed by this request.`);
  }
}
