import { useCallback, useEffect, useRef, useState } from 'react';
import { smsApi } from './smsApi';
/** How often the SMS page looks for new texts and delivery updates. */
export const SMS_POLL_MS = 2000;
/**
 * The text history, polled while the page is visible: polling stops while the tab is hidden and
 * looks again as soon as it is shown. A failed poll keeps the history shown and tries again
 * later; only a first load that fails is reported.
 */
export function useSmsMessages(intervalMs = SMS_POLL_MS) {
    const [messages, setMessages] = useState(null);
    const [error, setError] = useState(null);
    const loaded = useRef(false);
    const controller = useRef(null);
    const poll = useCallback(async () => {
        const signal = controller.current?.signal;
        try {
            const next = await smsApi.messages(signal);
            if (signal?.aborted)
                return;
            loaded.current = true;
            setMessages(next);
            setError(null);
        }
        catch (e) {
            if (!signal?.aborted && !loaded.current)
                setError(e);
        }
    }, []);
    useEffect(() => {
        const own = new AbortController();
        controller.current = own;
        let timer;
        // One poll at a time: showing the tab again during a poll does not start a second loop.
        let polling = false;
        const tick = async () => {
            if (document.hidden || polling)
                return;
            polling = true;
            await poll();
            polling = false;
            clearTimeout(timer);
            if (!own.signal.aborted && !document.hidden)
                timer = setTimeout(tick, intervalMs);
        };
        const onVisibility = () => {
            clearTimeout(timer);
            if (!document.hidden)
                void tick();
        };
        void tick();
        document.addEventListener('visibilitychange', onVisibility);
        return () => {
            own.abort();
            clearTimeout(timer);
            document.removeEventListener('visibilitychange', onVisibility);
        };
    }, [poll, intervalMs]);
    return { messages, error, refresh: poll };
}
