/** What every API call answers: a value, or an error a person can act on. Never a stack trace. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ERROR_CODES = [
  'invalid-argument', // the arguments do not match the method's schema
  'unknown-method',
  'payload-too-large',
  'not-found', // an id that names nothing in the workspace
  'conflict', // e.g. a name or id already taken
  'invalid-document', // a design that does not match its format
  'workspace-unavailable', // no workspace is open, or it cannot be written
  'unauthorized',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Where in the input the problem is, for invalid arguments and documents ("nodes[3].kind"). */
  issues?: { path: string; message: string }[];
}

/** An error thrown inside a service that should reach the caller as a typed error value. */
export class LaurelError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiError['issues'],
  ) {
    super(message);
    this.name = 'LaurelError';
  }
}

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: ApiError['issues']): ApiResult<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});
