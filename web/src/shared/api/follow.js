import { isAbort } from './client';
import { ApiError, problemFromResponse } from './problem';
import { SseParser } from './sse';
/** 0.5 s, 1 s, 2 s, 4 s, then every 8 s, each with up to 25% jitter. */
export function defaultBackoff(attempt) {
    const base = Math.min(8_000, 500 * 2 ** Math.max(0, attempt - 1));
    return base + Math.random() * base * 0.25;
}
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(new DOMException('Aborted', 'AbortError'));
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new DOMException('Aborted', 'AbortError'));
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
function numericId(id) {
    return id !== null && /^\d+$/.test(id) ? Number(id) : null;
}
/**
 * Follows an event stream to its final event. After a drop it reconnects with `Last-Event-ID`
 * and backoff; events at or below the last id already handled are skipped, so a server that
 * replays (or a proxy that repeats) never produces duplicates. A 4xx other than the 401 the
 * fetcher handles is final and thrown as ApiError.
 */
export async function followEvents(options) {
    const backoff = options.backoffMs ?? defaultBackoff;
    const sleep = options.sleep ?? abortableSleep;
    const maxReconnects = options.maxReconnects ?? 30;
    let lastId = options.lastEventId ?? null;
    let failures = 0;
    for (let connection = 0;; connection++) {
        if (options.signal.aborted)
            return 'aborted';
        if (connection > 0) {
            failures++;
            if (failures > maxReconnects) {
                throw new ApiError({ status: 0, code: 'network', detail: '' });
            }
            options.onConnection?.('reconnecting', failures);
            try {
                await sleep(backoff(failures), options.signal);
            }
            catch {
                return 'aborted';
            }
        }
        else {
            options.onConnection?.('connecting', 0);
        }
        const headers = { Accept: 'text/event-stream' };
        if (lastId !== null)
            headers['Last-Event-ID'] = lastId;
        let response;
        try {
            response = await options.fetcher(options.url, { headers, signal: options.signal, cache: 'no-store' });
        }
        catch (e) {
            if (isAbort(e) || options.signal.aborted)
                return 'aborted';
            if (e instanceof ApiError && e.status >= 400 && e.status < 500)
                throw e;
            continue;
        }
        if (!response.ok) {
            if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
                throw await problemFromResponse(response);
            }
            continue;
        }
        if (!response.body)
            continue;
        options.onConnection?.('open', failures);
        const parser = new SseParser();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        try {
            for (;;) {
                const { value, done } = await reader.read();
                if (done)
                    break;
                for (const event of parser.feed(value)) {
                    const id = numericId(event.id);
                    const lastNumeric = numericId(lastId);
                    if (id !== null && lastNumeric !== null && id <= lastNumeric)
                        continue;
                    if (event.id !== null)
                        lastId = event.id;
                    failures = 0;
                    options.onEvent(event);
                    if (options.isFinal(event)) {
                        await reader.cancel().catch(() => undefined);
                        return 'final';
                    }
                }
            }
        }
        catch (e) {
            if (isAbort(e) || options.signal.aborted)
                return 'aborted';
            // A dropped connection: reconnect below.
        }
        finally {
            try {
                reader.releaseLock();
            }
            catch {
                // Already released by cancel().
            }
        }
    }
}
