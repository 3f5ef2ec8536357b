/**
 * Every call the console makes to the MCJ server (same origin). Answers are checked against the
 * `core/` schemas; nothing is cached (`cache: 'no-store'`, and the server says `no-store` too);
 * a 401 is retried once after a refresh, then ends the session.
 */
import type { z } from 'zod';
import type { SessionStore } from '../session/session-store';
import { ApiError, apiErrorFrom, networkError } from './api-error';

export type Query = Record<string, string | number | undefined | null>;

interface CallOptions<S extends z.ZodType> {
  schema: S;
  query?: Query;
  body?: unknown;
}

function withQuery(path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export class ConsoleApi {
  readonly #session: SessionStore;
  readonly #fetch: typeof fetch;

  constructor(session: SessionStore, fetchFn: typeof fetch) {
    this.#session = session;
    this.#fetch = fetchFn;
  }

  async #send(method: string, url: string, body: unknown, retried = false): Promise<Response> {
    const token = retried ? await this.#session.refresh() : await this.#session.accessToken();
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined
            ? {}
            : {
                'content-type':
                  body instanceof Uint8Array ? 'application/octet-stream' : 'application/json',
              }),
        },
        ...(body === undefined
          ? {}
          : { body: body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body) }),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      throw networkError();
    }
    if (response.status === 401 && !retried) return this.#send(method, url, body, true);
    if (response.status === 401) {
      const error = apiErrorFrom(401, await response.json().catch(() => null));
      this.#session.ended(error.shape.message);
      throw error;
    }
    if (!response.ok) throw apiErrorFrom(response.status, await response.json().catch(() => null));
    return response;
  }

  async call<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    options: CallOptions<S>,
  ): Promise<z.infer<S>> {
    const response = await this.#send(method, withQuery(path, options.query), options.body);
    const parsed = options.schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new ApiError(response.status, { code: 'internal', message: '' });
    return parsed.data;
  }

  get<S extends z.ZodType>(path: string, schema: S, query?: Query) {
    return this.call('GET', path, { schema, ...(query ? { query } : {}) });
  }

  post<S extends z.ZodType>(path: string, schema: S, body: unknown = {}) {
    return this.call('POST', path, { schema, body });
  }

  /** A document's bytes (a supervisor downloading evidence), never stored by the console. */
  async bytes(path: string): Promise<ArrayBuffer> {
    return (await this.#send('GET', path, undefined)).arrayBuffer();
  }

  /** A file the user asked for (the audit export): its text, never stored by the browser. */
  async text(path: string, query?: Query): Promise<string> {
    return (await this.#send('GET', withQuery(path, query), undefined)).text();
  }
}
