import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/problem';
import { fakeApi, json, problem, type Route } from '../../test/fakeApi';
import type { ChatMessage } from './api';
import { postMessageStream, type TurnHandlers } from './messageStream';
import { eventStream, step } from './testServer';

const MESSAGES = '/api/v1/assistant/conversations/c1/messages';
const AT = '2026-12-04T14:00:00Z';

const message = (id: string, role: ChatMessage['role'], content: string): ChatMessage => ({
  id,
  role,
  content,
  intent: null,
  notAi: false,
  model: role === 'assistant' ? 'm' : null,
  steps: [],
  createdAt: AT,
});

const USER = message('m1', 'user', 'remind me to stretch at 5');
const REPLY = { ...message('m2', 'assistant', 'Done: stretch at 17:00.'), steps: [step('create_reminder', 'stretch', AT)] };

/** Every handler call, in order, as `name: value`. */
function recorder() {
  const seen: string[] = [];
  const handlers: TurnHandlers = {
    message: (m) => seen.push(`message: ${m.id}`),
    delta: (text) => seen.push(`delta: ${text}`),
    step: (s) => seen.push(`step: ${s.tool}`),
    reply: (r) => seen.push(`reply: ${r.content}`),
    history: (h) => seen.push(`history: ${h.map((m) => m.id).join(',')}`),
  };
  return { seen, handlers };
}

/** Like a browser's fetch, aborting the signal errors the body being read. */
function abortableBodies(fetchFn: typeof fetch) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const response = await fetchFn(input, init);
    const { signal } = init;
    if (!signal || !response.body) return response;
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      start: (c) => signal.addEventListener('abort', () => c.error(new DOMException('Aborted', 'AbortError'))),
      pull: async (c) => {
        const { value, done } = await reader.read();
        if (done) c.close();
        else c.enqueue(value);
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  });
}

function streaming(write: (sse: ReturnType<typeof eventStream>) => void, chunkBytes: number | null = null): Route {
  return () => {
    const sse = eventStream(chunkBytes);
    write(sse);
    return sse.response;
  };
}

describe('postMessageStream', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports the message, the deltas and the steps in order, and stops at the reply', async () => {
    const api = fakeApi({
      // One byte at a time, CRLF line ends, a comment, an event this page does not know.
      [`POST ${MESSAGES}`]: streaming((sse) => {
        const event = (name: string, data: unknown) => sse.write(`event: ${name}\r\ndata: ${JSON.stringify(data)}\r\n\r\n`);
        event('message', USER);
        sse.write(': keep-alive\r\n\r\n');
        event('delta', { text: 'Done: ' });
        event('step', REPLY.steps[0]);
        event('progress', { percent: 50 });
        event('delta', { text: 'stretch à 17 h — ✓' });
        event('reply', REPLY);
        event('delta', { text: 'after the reply' });
        sse.close();
      }, 1),
    });
    const { seen, handlers } = recorder();

    expect(await postMessageStream('c1', 'remind me to stretch at 5', handlers)).toBe('replied');

    expect(seen).toEqual([
      'message: m1',
      'delta: Done: ',
      'step: create_reminder',
      'delta: stretch à 17 h — ✓',
      'reply: Done: stretch at 17:00.',
    ]);
    const [call] = api.requests('POST', MESSAGES);
    expect(call.headers.get('Accept')).toBe('text/event-stream');
    expect(call.body).toEqual({ content: 'remind me to stretch at 5' });
    expect(api.requests('GET', MESSAGES)).toHaveLength(0);
  });

  it('takes a JSON answer as the whole turn, filling in what older servers leave out', async () => {
    const { model: _model, steps: _steps, ...older } = message('m2', 'assistant', 'Noted.');
    fakeApi({ [`POST ${MESSAGES}`]: () => json(201, { message: USER, reply: { ...older, notAi: true } }) });
    const replies: ChatMessage[] = [];
    const { seen, handlers } = recorder();

    await postMessageStream('c1', 'hi', { ...handlers, reply: (r) => replies.push(r) });

    expect(seen).toEqual(['message: m1']);
    expect(replies).toEqual([{ ...older, notAi: true, model: null, steps: [] }]);
  });

  it('asks again for JSON when the server cannot stream (406 stores nothing)', async () => {
    const api = fakeApi({
      [`POST ${MESSAGES}`]: ({ headers }) =>
        headers.get('Accept') === 'text/event-stream'
          ? problem(406, 'not-acceptable')
          : json(201, { message: USER, reply: REPLY }),
    });
    const { seen, handlers } = recorder();

    expect(await postMessageStream('c1', 'hi', handlers)).toBe('replied');

    expect(seen).toEqual(['message: m1', 'reply: Done: stretch at 17:00.']);
    expect(api.requests('POST', MESSAGES).map((c) => c.headers.get('Accept'))).toEqual(['text/event-stream', 'application/json']);
  });

  it('throws the problem of a refusal before the stream, and reads nothing again', async () => {
    const api = fakeApi({ [`POST ${MESSAGES}`]: () => problem(409, 'turn-in-progress', 'wait') });
    const { seen, handlers } = recorder();

    const error = await postMessageStream('c1', 'hi', handlers).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'turn-in-progress' });
    expect(seen).toEqual([]);
    expect(api.requests('GET', MESSAGES)).toHaveLength(0);
  });

  it('reads the messages again after a cut until the reply is stored', async () => {
    const histories = [[USER], [USER], [USER, REPLY]];
    const api = fakeApi({
      [`POST ${MESSAGES}`]: streaming((sse) => {
        sse.event('message', USER);
        sse.event('delta', { text: 'Done' });
        sse.close();
      }),
      [`GET ${MESSAGES}`]: () => json(200, { items: histories.shift() }),
    });
    const waits: number[] = [];
    const { seen, handlers } = recorder();

    const outcome = await postMessageStream('c1', 'hi', handlers, {
      reloadDelaysMs: [10, 20, 40],
      sleep: async (ms) => void waits.push(ms),
    });

    expect(outcome).toBe('reloaded');
    expect(waits).toEqual([10, 20]);
    expect(api.requests('GET', MESSAGES)).toHaveLength(3);
    expect(seen).toEqual(['message: m1', 'delta: Done', 'history: m1,m2']);
  });

  it('gives up waiting and says the reply is late when it never comes', async () => {
    fakeApi({
      [`POST ${MESSAGES}`]: streaming((sse) => {
        sse.event('message', USER);
        sse.close();
      }),
      [`GET ${MESSAGES}`]: () => json(200, { items: [USER] }),
    });
    const { seen, handlers } = recorder();

    const outcome = await postMessageStream('c1', 'hi', handlers, { reloadDelaysMs: [1, 1], sleep: async () => {} });

    expect(outcome).toBe('late');
    expect(seen).toEqual(['message: m1', 'history: m1']);
  });

  it('after a cut before the message event, waits for a reply after the last message of the person', async () => {
    const earlier = [message('m0', 'user', 'hello'), message('m01', 'assistant', 'Hi.')];
    const histories = [
      [...earlier, USER],
      [...earlier, USER, REPLY],
    ];
    fakeApi({
      [`POST ${MESSAGES}`]: streaming((sse) => sse.close()),
      [`GET ${MESSAGES}`]: () => json(200, { items: histories.shift() }),
    });
    const { seen, handlers } = recorder();

    const outcome = await postMessageStream('c1', 'hi', handlers, { reloadDelaysMs: [1], sleep: async () => {} });

    expect(outcome).toBe('reloaded');
    expect(seen).toEqual(['history: m0,m01,m1,m2']);
  });

  it('stops when aborted, without reading the messages again', async () => {
    let opened = () => {};
    const open = new Promise<void>((resolve) => (opened = resolve));
    const api = fakeApi({
      [`POST ${MESSAGES}`]: streaming((sse) => {
        sse.event('message', USER);
        opened();
      }),
    });
    abortableBodies(api.fetchFn as unknown as typeof fetch);
    const controller = new AbortController();
    const { seen, handlers } = recorder();

    const turn = postMessageStream('c1', 'hi', handlers, { signal: controller.signal });
    await open;
    await vi.waitFor(() => expect(seen).toEqual(['message: m1']));
    controller.abort();

    await expect(turn).rejects.toMatchObject({ name: 'AbortError' });
    expect(api.requests('GET', MESSAGES)).toHaveLength(0);
  });
});
