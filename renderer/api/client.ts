import type { LaurelApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { createHttpClient } from './httpClient';

declare global {
  interface Window {
    laurel?: LaurelApi;
    laurelShell?: { onEvent(name: 'workspace-changed' | 'toggle-dark-mode' | 'undo' | 'redo', listener: () => void): () => void };
  }
}

/** In Electron the preload provides `window.laurel`; in a plain browser the host's HTTP API stands in. */
export const api: LaurelApi = window.laurel ?? createHttpClient(new URLSearchParams(location.search).get('token') ?? '');

/** An API error as something the UI can throw and show. */
export class ApiCallError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
  return result.value;
}
