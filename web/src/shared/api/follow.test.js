import { describe, expect, it } from 'vitest';
import { followEvents } from './follow';
const EVENTS = [
    'id: 1\nevent: status\ndata: {"status":"queued","attempt":0}\n\n',
    'id: 2\nevent: status\ndata: {"status":"running","attempt":1}\n\n',
    'id: 3\nevent: file_started\ndata: {"path":"a.js","operation":"write"}\n\n',
    'id: 4\nevent: file_delta\ndata: {"path":"a.js","text":"x"}\n\n',
    'id: 5\nevent: file_completed\ndata: {"path":"a.js","operation":"write","bytes":1}\n\n',
    'id: 6\nevent: status\ndata: {"status":"succeeded","version":1}\n\n',
];
/** A stream of the given texts that ends cleanly, or fails after them when `drop` is set. */
function stream(parts, drop) {
    const encoder = new TextEncoder();
    let next = 0;
    // Pull-based, so the drop happens after the parts were read (an error discards queued chunks).
    return new ReadableStream({
        pull(controller) {
            if (next < parts.length)
                controller.enqueue(encoder.encode(parts[next++]));
            else if (drop)
                controller.error(new TypeError('network connection lost'));
            else
                controller.close();
        },
    });
}
function isFinal(e) {
    return e.event === 'status' && /succeeded|failed|cancelled/.test(e.data);
}
describe('followEvents', () => {
    it('reconnects after a drop with Last-Event-ID and delivers every event once', async () => {
        const sentIds = [];
        let connection = 0;
        const fetcher = async (_url, init) => {
            const lastId = new Headers(init.headers).get('Last-Event-ID');
            sentIds.push(lastId);
            connection++;
            if (connection === 1)
                return new Response(stream(EVENTS.slice(0, 3), true), { status: 200 });
            const from = Number(lastId ?? 0);
            return new Response(stream(EVENTS.slice(from), false), { status: 200 });
        };
        const seen = [];
        const states = [];
        const result = await followEvents({
            url: '/events',
            fetcher,
            isFinal,
            onEvent: (e) => seen.push(e.id),
            onConnection: (s) => states.push(s),
            signal: new AbortController().signal,
            backoffMs: () => 0,
        });
        expect(result).toBe('final');
        expect(seen).toEqual(['1', '2', '3', '4', '5', '6']);
        expect(sentIds).toEqual([null, '3']);
        expect(states).toEqual(['connecting', 'open', 'reconnecting', 'open']);
    });
    it('skips events replayed by a server that ignores Last-Event-ID', async () => {
        let connection = 0;
        const fetcher = async () => {
            connection++;
            return connection === 1
                ? new Response(stream(EVENTS.slice(0, 4), true), { status: 200 })
                : new Response(stream(EVENTS, false), { status: 200 });
        };
        const seen = [];
        await followEvents({
            url: '/events',
            fetcher,
            isFinal,
            onEvent: (e) => seen.push(e.id),
            signal: new AbortController().signal,
            backoffMs: () => 0,
        });
        expect(seen).toEqual(['1', '2', '3', '4', '5', '6']);
    });
    it('reconnects when the stream ends before the final event, and after 5xx answers', async () => {
        const answers = [
            () => new Response(stream(EVENTS.slice(0, 2), false), { status: 200 }),
            () => new Response('busy', { status: 503 }),
            () => new Response(stream(EVENTS.slice(2), false), { status: 200 }),
        ];
        let i = 0;
        const delays = [];
        const seen = [];
        const result = await followEvents({
            url: '/events',
            fetcher: async () => answers[i++](),
            isFinal,
            onEvent: (e) => seen.push(e.id),
            signal: new AbortController().signal,
            backoffMs: (attempt) => attempt,
            sleep: async (ms) => {
                delays.push(ms);
            },
        });
        expect(result).toBe('final');
        expect(seen).toHaveLength(6);
        expect(delays).toEqual([1, 2]);
    });
    it('stops at the final event even if the server keeps the stream open', async () => {
        const encoder = new TextEncoder();
        const body = new ReadableStream({
            start(controller) {
                controller.enqueue(encoder.encode(EVENTS.join('')));
            },
        });
        const seen = [];
        const result = await followEvents({
            url: '/events',
            fetcher: async () => new Response(body, { status: 200 }),
            isFinal,
            onEvent: (e) => seen.push(e.id),
            signal: new AbortController().signal,
        });
        expect(result).toBe('final');
        expect(seen).toHaveLength(6);
    });
    it('gives up on a 404 with its problem', async () => {
        const promise = followEvents({
            url: '/events',
            fetcher: async () => new Response(JSON.stringify({ type: 'https://vectort.dev/problems/not-found', detail: 'Generation not found' }), {
                status: 404,
            }),
            isFinal,
            onEvent: () => undefined,
            signal: new AbortController().signal,
        });
        await expect(promise).rejects.toMatchObject({ status: 404, code: 'not-found' });
    });
    it('stops quietly when aborted while waiting to reconnect', async () => {
        const controller = new AbortController();
        const result = await followEvents({
            url: '/events',
            fetcher: async () => {
                setTimeout(() => controller.abort(), 0);
                return new Response(stream([], true), { status: 200 });
            },
            isFinal,
            onEvent: () => undefined,
            signal: controller.signal,
            backoffMs: () => 10_000,
        });
        expect(result).toBe('aborted');
    });
});
