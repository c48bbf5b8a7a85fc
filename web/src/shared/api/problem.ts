/** RFC 9457 problem details, as the API answers every error (docs/API.md, "Errors"). */

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** Problem types are `https://vectort.dev/problems/<code>` (docs/API.md); any host's `/problems/<code>` is read the same way. */
const TYPE_PATH = /^https?:\/\/[^/]+\/problems\/([\w.-]+)$/;

/**
 * An error the UI can show to a person: `code` is the problem code (`validation`,
 * `email-taken`, ...), `network` when the server could not be reached, or `http-<status>` when
 * the answer was not a problem document.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  readonly retryAfterSeconds?: number;

  constructor(init: { status: number; code: string; detail: string; fieldErrors?: FieldError[]; retryAfterSeconds?: number }) {
    super(init.detail || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** The first message for one field, if the server reported any. */
  fieldError(field: string): FieldError | undefined {
    return this.fieldErrors.find((e) => e.field === field);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({ field: asString(e.field), code: asString(e.code), message: asString(e.message) }));
}

/** Builds an ApiError from a parsed problem document (or anything else a server might send). */
export function problemFromJson(status: number, body: unknown, retryAfter?: string | null): ApiError {
  const doc = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const type = asString(doc.type);
  const code = TYPE_PATH.exec(type)?.[1] ?? (asString(doc.code) || `http-${status}`);
  const seconds =
    typeof doc.retryAfterSeconds === 'number'
      ? doc.retryAfterSeconds
      : retryAfter && /^\d+$/.test(retryAfter)
        ? Number(retryAfter)
        : undefined;
  return new ApiError({
    status: typeof doc.status === 'number' ? doc.status : status,
    code,
    detail: asString(doc.detail) || asString(doc.title),
    fieldErrors: fieldErrorsOf(doc.errors),
    retryAfterSeconds: seconds,
  });
}

/** Reads an error response. Never throws: a body that is not JSON still gives a usable error. */
export async function problemFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  return problemFromJson(response.status, body, response.headers.get('Retry-After'));
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError({ status: 0, code: 'network', detail: '' });
  (error as { cause?: unknown }).cause = cause;
  return error;
}
