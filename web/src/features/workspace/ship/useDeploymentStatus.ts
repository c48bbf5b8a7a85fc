import { useEffect, useState } from 'react';
import { followEvents } from '../../../shared/api/follow';
import type { SseEvent } from '../../../shared/api/sse';
import { deployApi, FINAL_STATUSES, type DeploymentStatus } from './deployApi';

export interface LiveDeployment {
  status: DeploymentStatus;
  url?: string;
  code?: string;
  message?: string;
}

interface StatusData {
  status?: DeploymentStatus;
  url?: string;
  code?: string;
  message?: string;
}

function parse(event: SseEvent): StatusData {
  try {
    return JSON.parse(event.data) as StatusData;
  } catch {
    return {};
  }
}

function isFinal(event: SseEvent): boolean {
  const status = parse(event).status;
  return event.event === 'status' && status !== undefined && FINAL_STATUSES.includes(status);
}

/** Follows a deployment's status stream (SSE, resumed after a drop) until it is ready or failed. */
export function useDeploymentStatus(eventsUrl: string | null): { live: LiveDeployment | null; error: unknown } {
  const [live, setLive] = useState<LiveDeployment | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!eventsUrl) return;
    setLive({ status: 'queued' });
    setError(null);
    const controller = new AbortController();
    followEvents({
      url: eventsUrl,
      fetcher: deployApi.fetch,
      signal: controller.signal,
      isFinal,
      onEvent: (event) => {
        if (event.event !== 'status') return;
        const data = parse(event);
        if (!data.status) return;
        setLive({ status: data.status, url: data.url, code: data.code, message: data.message });
      },
    }).catch((e) => {
      if (!controller.signal.aborted) setError(e);
    });
    return () => controller.abort();
  }, [eventsUrl]);

  return { live, error };
}
