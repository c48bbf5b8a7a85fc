import { vi } from 'vitest';
import { SESSION_HINT_KEY } from '../shared/api/client';
/** A fake API server for component tests: the real client talks to it through a stubbed fetch. */
export function json(status, body) {
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
export function noContent() {
    return new Response(null, { status: 204 });
}
export function problem(status, code, detail = '') {
    return new Response(JSON.stringify({ type: `https://vectort.dev/problems/${code}`, title: 'x', status, detail }), {
        status,
        headers: { 'Content-Type': 'application/problem+json' },
    });
}
/**
 * Answers by "METHOD /path" (the query is not part of the key); every request is recorded with
 * its headers and JSON body. Sign-in is taken care of: a session hint and a refresh route.
 */
export function fakeApi(routes) {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const calls = [];
    const table = {
        'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'access', expiresIn: 3600, tokenType: 'Bearer' }),
        ...routes,
    };
    const fetchFn = vi.fn(async (input, init = {}) => {
        const url = new URL(String(input), 'http://localhost');
        const method = (init.method ?? 'GET').toUpperCase();
        const call = {
            method,
            url,
            headers: new Headers(init.headers),
            body: init.body ? JSON.parse(String(init.body)) : undefined,
        };
        calls.push(call);
        const route = table[`${method} ${url.pathname}`];
        return route ? route(call) : problem(404, 'not-found', `no route for ${method} ${url.pathname}`);
    });
    vi.stubGlobal('fetch', fetchFn);
    return {
        calls,
        fetchFn,
        /** Replaces or adds a route while the test runs. */
        on(key, route) {
            table[key] = route;
        },
        requests: (method, path) => calls.filter((c) => c.method === method && c.url.pathname === path),
    };
}
