import { describe, expect, it, vi } from 'vitest';
import { ApiClient, LEGACY_REFRESH_TOKEN_KEY, ORGANIZATION_HEADER, SESSION_HINT_KEY } from './client';
import { ApiError } from './problem';

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

function problem(status: number, code: string, detail = code): Response {
  return json(status, { type: `https://vectort.dev/problems/${code}`, title: 'x', status, detail }, 'application/problem+json');
}

/**
 * A fake server and the browser's cookie jar: refresh reads the HttpOnly cookie (only with the app's
 * header) and rotates it; a request with a stale access token answers 401 invalid-token.
 */
function fakeServer() {
  let generation = 0;
  let validAccess = 'access-0';
  let validRefresh = 'refresh-0';
  let cookie: string | null = 'refresh-0';
  const calls: string[] = [];
  const bodies: unknown[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    await new Promise((r) => setTimeout(r, 5));
    if (url.endsWith('/auth/refresh')) {
      if (new Headers(init?.headers).get('X-Requested-With') !== 'vectort') return problem(403, 'missing-csrf-header');
      bodies.push(init?.body === undefined ? undefined : JSON.parse(String(init.body)));
      const presented = init?.body ? JSON.parse(String(init.body)).refreshToken : cookie;
      if (presented !== validRefresh) return problem(401, 'invalid-refresh-token');
      generation++;
      validAccess = `access-${generation}`;
      validRefresh = `refresh-${generation}`;
      cookie = validRefresh;
      return json(200, { accessToken: validAccess, expiresIn: 900, tokenType: 'Bearer' });
    }
    const auth = new Headers(init?.headers).get('Authorization');
    if (auth !== `Bearer ${validAccess}`) return problem(401, 'invalid-token');
    return json(200, { ok: true, url });
  });
  return {
    fetchFn,
    calls,
    bodies,
    cookie: () => cookie,
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
  localStorage.setItem(SESSION_HINT_KEY, '1');
  return new ApiClient({ fetch: server.fetchFn as typeof fetch, locks: null, scheduleRefresh: false });
}

describe('ApiClient', () => {
  it('refreshes once for many parallel requests that need a token', async () => {
    const server = fakeServer();
    const api = client(server);
    const answers = await Promise.all([api.get('/a'), api.get('/b'), api.get('/c'), api.get('/d')]);
    expect(answers).toHaveLength(4);
    expect(server.refreshes()).toBe(1);
    expect(server.cookie()).toBe('refresh-1');
    expect(server.bodies).toEqual([undefined]);
    expect(JSON.stringify(localStorage)).not.toContain('refresh-');
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
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
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
    localStorage.setItem(SESSION_HINT_KEY, '1');
    await expect(api.get('/a')).rejects.toMatchObject({ code: 'network' });
    expect(api.hasSession()).toBe(true);
  });

  it('takes the cross-tab lock around a refresh, and stops when another tab signed out meanwhile', async () => {
    const server = fakeServer();
    const order: string[] = [];
    const locks = {
      request: async <T>(name: string, task: () => Promise<T>) => {
        order.push(`lock:${name}`);
        return task();
      },
    };
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const api = new ApiClient({ fetch: server.fetchFn as typeof fetch, locks, scheduleRefresh: false });
    await api.get('/a');
    expect(order).toEqual(['lock:vectort-token-refresh']);
    expect(server.refreshes()).toBe(1);

    server.revokeAccess();
    localStorage.removeItem(SESSION_HINT_KEY);
    await expect(api.get('/b')).rejects.toMatchObject({ status: 401 });
    expect(server.refreshes()).toBe(1);
  });

  it('moves a refresh token an older version stored into the cookie', async () => {
    const server = fakeServer();
    localStorage.setItem(LEGACY_REFRESH_TOKEN_KEY, 'refresh-0');
    const api = new ApiClient({ fetch: server.fetchFn as typeof fetch, locks: null, scheduleRefresh: false });
    expect(localStorage.getItem(LEGACY_REFRESH_TOKEN_KEY)).toBeNull();
    expect(api.hasSession()).toBe(true);
    await api.get('/a');
    expect(server.bodies).toEqual([{ refreshToken: 'refresh-0' }]);
    expect(server.cookie()).toBe('refresh-1');
  });

  it('signs in and out with the app header, storing no token at all', async () => {
    const requests: { url: string; headers: Headers }[] = [];
    const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      requests.push({ url, headers: new Headers(init?.headers) });
      if (url.endsWith('/auth/login')) {
        return json(200, { accessToken: 'a1', expiresIn: 900, tokenType: 'Bearer' });
      }
      return new Response(null, { status: 204 });
    });
    const api = new ApiClient({ fetch: fetchFn as typeof fetch, locks: null, scheduleRefresh: false });
    const changes: string[] = [];
    api.onSessionChange((c) => changes.push(c));
    await api.login('a@example.com', 'password1');
    expect(api.hasSession()).toBe(true);
    expect(JSON.stringify(localStorage)).not.toContain('a1');
    await api.logout();
    expect(api.hasSession()).toBe(false);
    expect(requests.map((r) => r.url)).toEqual(['/api/v1/auth/login', '/api/v1/auth/logout']);
    expect(requests.every((r) => r.headers.get('X-Requested-With') === 'vectort')).toBe(true);
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

  it('names the selected organisation on /api requests, and only there', async () => {
    const server = fakeServer();
    const api = client(server);
    const seen: Record<string, string | null> = {};
    server.fetchFn.mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url.endsWith('/auth/refresh')) return json(200, { accessToken: 'a', expiresIn: 900, tokenType: 'Bearer' });
      seen[url] = new Headers(init?.headers).get(ORGANIZATION_HEADER);
      return json(200, {});
    });

    await api.get('/api/v1/projects');
    expect(seen['/api/v1/projects']).toBeNull();

    api.setOrganization('org-acme');
    expect(api.organization()).toBe('org-acme');
    await Promise.all([
      api.get('/api/v1/projects?page=0'),
      api.post('/api/v1/projects/p1/generate', {}),
      api.get('/api/v1/billing/balance'),
      api.get('/api/v1/orgs'),
      api.get('/api/v1/invitations/tok'),
      api.post('/api/v1/me/export'),
      api.json('DELETE', '/api/v1/me', { body: { confirmEmail: 'a@b.c' } }),
      api.get('/preview/x'),
    ]);
    expect(seen['/api/v1/projects?page=0']).toBe('org-acme');
    expect(seen['/api/v1/projects/p1/generate']).toBe('org-acme');
    expect(seen['/api/v1/billing/balance']).toBe('org-acme');
    expect(seen['/api/v1/orgs']).toBeNull();
    expect(seen['/api/v1/invitations/tok']).toBeNull();
    expect(seen['/api/v1/me/export']).toBeNull();
    expect(seen['/api/v1/me']).toBeNull();
    expect(seen['/preview/x']).toBeNull();

    api.setOrganization(null);
    await api.get('/api/v1/projects?page=1');
    expect(seen['/api/v1/projects?page=1']).toBeNull();
  });
});
