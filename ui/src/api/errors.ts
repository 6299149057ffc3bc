import { z } from 'zod';

/** Field name -> what is wrong with it, as sent in the problem's `details`. */
export type FieldErrors = Record<string, string>;

/** Error codes the back end sends in the `error` member of a problem. */
export type ApiErrorCode =
  | 'ValidationError'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'Conflict'
  | 'TooManyRequests'
  | 'NetworkError'
  | 'InvalidResponse'
  | (string & {});

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fieldErrors: FieldErrors;
  /** Seconds to wait before trying again, from a 429's Retry-After header. */
  readonly retryAfterSeconds: number | null;

  constructor(options: {
    status: number;
    code: ApiErrorCode;
    message: string;
    fieldErrors?: FieldErrors;
    retryAfterSeconds?: number | null;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.fieldErrors = options.fieldErrors ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const problemSchema = z.object({
  success: z.literal(false).optional(),
  error: z.string().optional(),
  message: z.string().optional(),
  detail: z.string().optional(),
  title: z.string().optional(),
  details: z.record(z.string(), z.unknown()).nullish(),
});

const defaultCodes: Record<number, ApiErrorCode> = {
  400: 'ValidationError',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  429: 'TooManyRequests',
};

const defaultMessages: Record<number, string> = {
  400: 'Some of the information is not valid.',
  401: 'Please sign in to continue.',
  403: 'You do not have permission to do that.',
  404: 'We could not find what you were looking for.',
  409: 'That conflicts with the current state. Reload and try again.',
};

/** Parses a Retry-After header (delta-seconds or an HTTP date) into whole seconds. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

export function tooManyAttemptsMessage(seconds: number | null): string {
  if (seconds === null) return 'Too many attempts, try again later.';
  return `Too many attempts, try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

function toFieldErrors(details: Record<string, unknown> | null | undefined): FieldErrors {
  const result: FieldErrors = {};
  if (!details) return result;
  for (const [field, value] of Object.entries(details)) {
    if (typeof value === 'string') result[field] = value;
    else if (Array.isArray(value)) result[field] = value.map(String).join(' ');
    else if (value !== null && value !== undefined) result[field] = String(value);
  }
  return result;
}

/**
 * Turns a failed response (status, headers and the already-read body) into an ApiError,
 * using the problem+json members when they are there and sensible defaults when not.
 */
export function problemToApiError(status: number, headers: Headers, body: unknown): ApiError {
  const parsed = problemSchema.safeParse(body);
  const problem = parsed.success ? parsed.data : {};
  const retryAfterSeconds = status === 429 ? parseRetryAfter(headers.get('Retry-After')) : null;
  const code = problem.error ?? defaultCodes[status] ?? (status >= 500 ? 'ServerError' : 'Error');
  let message =
    problem.message ??
    problem.detail ??
    problem.title ??
    defaultMessages[status] ??
    (status >= 500
      ? 'Something went wrong on our side. Please try again in a moment.'
      : `The request failed (HTTP ${status}).`);
  if (status === 429) message = tooManyAttemptsMessage(retryAfterSeconds);
  return new ApiError({
    status,
    code,
    message,
    fieldErrors: toFieldErrors(problem.details),
    retryAfterSeconds,
  });
}

/** A user-facing sentence for anything thrown by a request or a mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}
