import { isAbort } from '../../shared/api/client';
import { api } from '../../shared/api/endpoints';
import { problemFromResponse } from '../../shared/api/problem';
import { SseParser } from '../../shared/api/sse';
import { assistantApi, messagesPath, toChatMessage } from './api';
/** About a minute in all: an agent's turn that is still running when the stream is cut gets time to end. */
const RELOAD_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000];
/**
 * Sends a message and follows its answer as server-sent events (docs/API.md, "Assistant
 * conversations"). An error before the stream starts (400, 404, 409 `turn-in-progress`) is thrown
 * as ApiError: nothing was stored. A stream that ends without its `reply` is not resent — the
 * server stores the turn even when the client left — the messages are read again instead.
 * Aborting the signal throws an AbortError and reports nothing more.
 */
export async function postMessageStream(conversationId, content, handlers, options = {}) {
    const { signal } = options;
    const response = await api.fetch(messagesPath(conversationId), {
        method: 'POST',
        headers: { Accept: 'text/event-stream', 'Content-Type': 'application/json' },
        body: JSON.stringify({ content }),
        signal,
        cache: 'no-store',
    });
    // A server from before streaming refuses the event-stream type before storing anything.
    if (response.status === 406)
        return answeredAsJson(await assistantApi.send(conversationId, content, signal), handlers);
    if (!response.ok)
        throw await problemFromResponse(response);
    if (!response.headers.get('Content-Type')?.startsWith('text/event-stream')) {
        const answer = (await response.json());
        return answeredAsJson({ message: toChatMessage(answer.message), reply: toChatMessage(answer.reply) }, handlers);
    }
    let stored = null;
    if (response.body) {
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        const parser = new SseParser();
        try {
            for (;;) {
                const { value, done } = await reader.read();
                if (done)
                    break;
                for (const event of parser.feed(value)) {
                    const handled = dispatch(event, handlers);
                    if (handled.kind === 'message')
                        stored = handled.message;
                    if (handled.kind === 'reply') {
                        await reader.cancel().catch(() => undefined);
                        return 'replied';
                    }
                }
            }
        }
        catch (e) {
            if (isAbort(e) || signal?.aborted)
                throw e;
            // A cut connection, or an event that could not be read: the stored turn is read below.
        }
    }
    return reloadUntilAnswered(conversationId, stored?.id ?? null, handlers, options);
}
function dispatch(event, handlers) {
    switch (event.event) {
        case 'message': {
            const message = toChatMessage(JSON.parse(event.data));
            handlers.message?.(message);
            return { kind: 'message', message };
        }
        case 'delta':
            handlers.delta?.(String(JSON.parse(event.data).text ?? ''));
            return { kind: 'other' };
        case 'step':
            handlers.step?.(JSON.parse(event.data));
            return { kind: 'other' };
        case 'reply':
            handlers.reply?.(toChatMessage(JSON.parse(event.data)));
            return { kind: 'reply' };
        default:
            // Events added to the protocol later are not this page's business.
            return { kind: 'other' };
    }
}
function answeredAsJson(answer, handlers) {
    handlers.message?.(answer.message);
    handlers.reply?.(answer.reply);
    return 'replied';
}
/**
 * Reads the conversation again until the reply to the message is stored: an assistant message
 * after it (or, when the cut came before the message event, after the last message of the
 * person — a conversation answers one message at a time).
 */
async function reloadUntilAnswered(conversationId, messageId, handlers, options) {
    const delays = options.reloadDelaysMs ?? RELOAD_DELAYS_MS;
    const sleep = options.sleep ?? abortableSleep;
    for (let attempt = 0;; attempt++) {
        const history = await assistantApi.messages(conversationId, options.signal);
        const answered = isAnswered(history, messageId);
        if (answered || attempt >= delays.length) {
            handlers.history?.(history);
            return answered ? 'reloaded' : 'late';
        }
        await sleep(delays[attempt], options.signal);
    }
}
function isAnswered(history, messageId) {
    const from = messageId === null ? history.findLastIndex((m) => m.role === 'user') : history.findIndex((m) => m.id === messageId);
    return from !== -1 && history.slice(from + 1).some((m) => m.role === 'assistant');
}
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new DOMException('Aborted', 'AbortError'));
        const onAbort = () => {
            clearTimeout(timer);
            reject(new DOMException('Aborted', 'AbortError'));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
