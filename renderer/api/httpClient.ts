import type { LaurelApi } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/methods';
import { fail, type ApiResult } from '../../shared/api/result';

/** The API over the browser host's HTTP endpoints, derived from the same method list as the preload bridge. */
export function createHttpClient(token: string, fetchFn: typeof fetch = (...a) => fetch(...a)): LaurelApi {
  const client = {} as Record<string, (args: unknown) => Promise<ApiResult<unknown>>>;
  for (const method of METHOD_NAMES) {
    client[method] = async (args) => {
      try {
        const response = await fetchFn(`/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-laurel-token': token },
          body: JSON.stringify(args ?? {}),
        });
        return (await response.json()) as ApiResult<unknown>;
      } catch {
        return fail('workspace-unavailable', 'Laurel’s host is not answering. Is `npm run web` still running?');
      }
    };
  }
  return client as unknown as LaurelApi;
}
