/** One field's problems in a 400 answer (`fields: [{ field, problems }]`). */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/** An answer other than 2xx, in the services' error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** Facts of a domain error: the field a rule of a 400 names (`details.field`), the case's `status` of a 409, the duplicates, … */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

// The CSRF token lives in memory only (never localStorage): a script that could read storage
// could not read it after a reload, and the session answer gives it again.
let csrfToken: string | undefined;
let onUnauthenticated: () => void = () => {};

export const setCsrfToken = (t: string | undefined) => (csrfToken = t);
/** What to do when any call answers 401 (the session has ended): go back to /login. */
export const setOnUnauthenticated = (f: () => void) => (onUnauthenticated = f);

/** A call to the web app: JSON in and out, X-CSRF-Token on every non-GET call; throws ApiError. */
export async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed = text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
  if (!res.ok) {
    // Signing in with a wrong password is a 401 too, but it is the login form's own answer.
    if (res.status === 401 && path !== '/api/session') onUnauthenticated();
    const e = typeof parsed === 'object' && parsed !== null ? parsed : {};
    throw new ApiError(res.status, e.code, e.message ?? `${res.status}`, e.fields ?? [], e.details ?? {});
  }
  return parsed as T;
}

/** The path of a service's route through the web app's forwarding. */
export const svc = (service: string, path: string) => `/api/svc/${service}${path}`;

/** A fresh Idempotency-Key, so a retried click registers one dispute, not two. */
export const idempotencyKey = () => crypto.randomUUID();
