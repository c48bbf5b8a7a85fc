import { useEffect, useReducer, useRef, useState } from 'react';
import { api } from '../../shared/api/endpoints';
import { followEvents, type ConnectionState } from '../../shared/api/follow';
import type { SseEvent } from '../../shared/api/sse';
import type { Generation } from '../../shared/api/types';
import { applyEvent, initialLiveState, isFinalEvent, type LiveState } from './liveGeneration';

export type StreamConnection = ConnectionState | 'closed';

/**
 * Follows one generation's events until its final status, reconnecting after drops; the live
 * state survives reconnects and events are applied exactly once.
 */
export function useGenerationStream(
  generation: Pick<Generation, 'id' | 'eventsUrl' | 'status'>,
  onFinished: (state: LiveState) => void,
) {
  const [state, dispatch] = useReducer(applyEvent, generation.status, initialLiveState);
  const [connection, setConnection] = useState<StreamConnection>('connecting');
  const [error, setError] = useState<unknown>(null);
  const lastEventId = useRef<string | null>(null);
  const latest = useRef(state);
  latest.current = state;
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    const controller = new AbortController();
    let final: LiveState = latest.current;
    followEvents({
      url: generation.eventsUrl,
      fetcher: (url, init) => api.fetch(url, init),
      lastEventId: lastEventId.current,
      signal: controller.signal,
      isFinal: isFinalEvent,
      onConnection: (c) => setConnection(c),
      onEvent: (event: SseEvent) => {
        lastEventId.current = event.id ?? lastEventId.current;
        final = applyEvent(final, event);
        dispatch(event);
      },
    })
      .then((result) => {
        if (result !== 'final') return;
        setConnection('closed');
        finished.current(final);
      })
      .catch((e) => {
        if (controller.signal.aborted) return;
        setConnection('closed');
        setError(e);
      });
    return () => controller.abort();
  }, [generation.id, generation.eventsUrl]);

  return { state, connection, error };
}
