import { useEffect, useReducer, useRef, useState } from 'react';
import { api } from '../../shared/api/endpoints';
import { followEvents } from '../../shared/api/follow';
import { applyEvent, initialLiveState, isFinalEvent } from './liveGeneration';
/**
 * Follows one generation's events until its final status, reconnecting after drops; the live
 * state survives reconnects and events are applied exactly once.
 */
export function useGenerationStream(generation, onFinished) {
    const [state, dispatch] = useReducer(applyEvent, generation.status, initialLiveState);
    const [connection, setConnection] = useState('connecting');
    const [error, setError] = useState(null);
    const lastEventId = useRef(null);
    const latest = useRef(state);
    latest.current = state;
    const finished = useRef(onFinished);
    finished.current = onFinished;
    useEffect(() => {
        const controller = new AbortController();
        let final = latest.current;
        followEvents({
            url: generation.eventsUrl,
            fetcher: (url, init) => api.fetch(url, init),
            lastEventId: lastEventId.current,
            signal: controller.signal,
            isFinal: isFinalEvent,
            onConnection: (c) => setConnection(c),
            onEvent: (event) => {
                lastEventId.current = event.id ?? lastEventId.current;
                final = applyEvent(final, event);
                dispatch(event);
            },
        })
            .then((result) => {
            if (result !== 'final')
                return;
            setConnection('closed');
            finished.current(final);
        })
            .catch((e) => {
            if (controller.signal.aborted)
                return;
            setConnection('closed');
            setError(e);
        });
        return () => controller.abort();
    }, [generation.id, generation.eventsUrl]);
    return { state, connection, error };
}
