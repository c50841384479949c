import type { LaurelApi } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/methods';
import type { ApiResult } from '../../shared/api/result';
import { channelOf } from './channels';

/**
 * The object the preload exposes as `window.laurel`, derived from the method list. Arguments travel as
 * JSON text so the main process checks their size before parsing them, as the browser host does.
 */
export function createBridge(invoke: (channel: string, argsJson: string) => Promise<unknown>): LaurelApi {
  const bridge = {} as Record<string, (args: unknown) => Promise<ApiResult<unknown>>>;
  for (const method of METHOD_NAMES) {
    bridge[method] = (args) => invoke(channelOf(method), JSON.stringify(args ?? {})) as Promise<ApiResult<unknown>>;
  }
  return bridge as unknown as LaurelApi;
}
