import { describe, expect, it, vi } from 'vitest';
import { ApiClient, REFRESH_TOKEN_KEY } from './client';
import { ApiError } from './problem';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

function problem(status: number, code: string, detail = code): Response {
  return json(status, { type: `https://vectort.dev/problems/${code}`, title: 'x', status, detail }, 'application/problem+json');
}

/** A fake server: refresh rotates tokens; a request with a stale token answers 401 invalid-token. */
function fakeServer() {
  let generation = 0;
  let validAccess = 'access-0';
  let validRefresh = 'refresh-0';
  const calls: string[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    await new Promise((r) => setTimeout(r, 5));
    if (url.endsWith('/auth/refresh')) {
      const { refreshToken } = JSON.parse(String(init?.body));
      if (refreshToken !== validRefresh) return problem(401, 'invalid-refresh-token');
      generation++;
      validAccess = `access-${generation}`;
      validRefresh = `refresh-${generation}`;
      return json(200, { accessToken: validAccess, refreshToken: validRefresh, expiresIn: 900, tokenType: 'Bearer' });
    }
    const auth = new Headers(init?.headers).get('Authorization');
    if (auth !== `Bearer ${validAccess}`) return problem(401, 'invalid-token');
    return json(200, { ok: true, url });
  });
  return {
    fetchFn,
    calls,
    refreshes: () => calls.filter((c) => c.endsWith('/auth/refresh')).length,
    revokeAccess: () => {
      validAccess = 'rotated-elsewhere';
    },
    revokeSession: () => {
      validRefresh = 'revoked';
    },
  };
}

function client(server: ReturnType<typeof fakeServer>) {
  localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-0');
  return new ApiClient({ fetch: server.fetchFn as typeof fetch, locks: null, scheduleRefresh: false });
}

describe('ApiClient', () => {
  it('refreshes once for many parallel requests that need a token', async () => {
    const server = fakeServer();
    const api = client(server);
    const answers = await Promise.all([api.get('/a'), api.get('/b'), api.get('/c'), api.get('/d')]);
    expect(answers).toHaveLength(4);
    expect(server.refreshes()).toBe(1);
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-1');
  });

  it('refreshes once when parallel requests all meet an expired token, then retries them', async () => {
    const server = fakeServer();
    const api = client(server);
    await api.get('/warm-up');
    server.revokeAccess();
    const answers = await Promise.all([api.get<{ url: string }>('/x'), api.get<{ url: string }>('/y'), api.get('/z')]);
    expect(answers.map((a) => (a as { url: string }).url)).toEqual(['/x', '/y', '/z']);
    expect(server.refreshes()).toBe(2);
  });

  it('ends the session when the refresh token is refused, and says so once', async () => {
    const server = fakeServer();
    const api = client(server);
    const changes: string[] = [];
    api.onSessionChange((c) => changes.push(c));
    server.revokeSession();
    await expect(api.get('/a')).rejects.toMatchObject({ status: 401, code: 'invalid-refresh-token' });
    expect(changes).toEqual(['expired']);
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(api.hasSession()).toBe(false);
  });

  it('keeps the session when refreshing fails for a network error', async () => {
    const api = new ApiClient({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      locks: null,
      scheduleRefresh: false,
    });
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-0');
    await expect(api.get('/a')).rejects.toMatchObject({ code: 'network' });
    expect(api.hasSession()).toBe(true);
  });

  it('takes the cross-tab lock around a refresh and reads the newest stored token inside it', async () => {
    const server = fakeServer();
    const order: string[] = [];
    const locks = {
      request: async <T,>(name: string, task: () => Promise<T>) => {
        order.push(`lock:${name}`);
        // Another tab rotated the token while we waited for the lock.
        localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-0');
        return task();
      },
    };
    localStorage.setItem(REFRESH_TOKEN_KEY, 'stale');
    const api = new ApiClient({ fetch: server.fetchFn as typeof fetch, locks, scheduleRefresh: false });
    await api.get('/a');
    expect(order).toEqual(['lock:vectort-token-refresh']);
    expect(server.refreshes()).toBe(1);
  });

  it('signs in, stores only the refresh token, and signs out', async () => {
    const fetchFn = vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith('/auth/login')) {
        return json(200, { accessToken: 'a1', refreshToken: 'r1', expiresIn: 900, tokenType: 'Bearer' });
      }
      return new Response(null, { status: 204 });
    });
    const api = new ApiClient({ fetch: fetchFn as typeof fetch, locks: null, scheduleRefresh: false });
    const changes: string[] = [];
    api.onSessionChange((c) => changes.push(c));
    await api.login('a@example.com', 'password1');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('r1');
    expect(JSON.stringify(localStorage)).not.toContain('a1');
    await api.logout();
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(changes).toEqual(['signed-in', 'signed-out']);
  });

  it('turns a validation problem into an ApiError with field errors', async () => {
    const fetchFn = async () =>
      json(
        400,
        {
          type: 'https://vectort.dev/problems/validation',
          title: 'Bad Request',
          status: 400,
          detail: 'The request has invalid fields',
          errors: [{ field: 'description', code: 'too-long', message: 'must be at most 5000 characters (got 5001)' }],
        },
        'application/problem+json',
      );
    const api = new ApiClient({ fetch: fetchFn as typeof fetch, locks: null, scheduleRefresh: false });
    const error = await api.register('a@b.c', 'x').catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('validation');
    expect(error.detail).toBe('The request has invalid fields');
    expect(error.fieldError('description')).toEqual({
      field: 'description',
      code: 'too-long',
      message: 'must be at most 5000 characters (got 5001)',
    });
  });
});
