import { useEffect, useState } from 'react';
import { endpoints } from '../../shared/api/endpoints';
import type { Preview } from '../../shared/api/types';

export const PREVIEW_POLL_MS = 1500;

export type PreviewState =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'building' }
  | { phase: 'ready'; url: string }
  | { phase: 'unavailable'; reason: string }
  | { phase: 'failed'; reason: string }
  | { phase: 'error'; error: unknown };

function toState(preview: Preview): PreviewState {
  switch (preview.status) {
    case 'ready':
      return preview.url ? { phase: 'ready', url: preview.url } : { phase: 'failed', reason: '' };
    case 'building':
      return { phase: 'building' };
    case 'unavailable':
      return { phase: 'unavailable', reason: preview.reason ?? '' };
    default:
      return { phase: 'failed', reason: preview.reason ?? '' };
  }
}

/** Asks the server for a preview of a version and polls while it builds. */
export function usePreview(projectId: string, version: number, attempt: number): PreviewState {
  const [state, setState] = useState<PreviewState>({ phase: 'idle' });

  useEffect(() => {
    if (version < 1) {
      setState({ phase: 'idle' });
      return;
    }
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState({ phase: 'loading' });
    const ask = () => {
      endpoints
        .preview(projectId, version, controller.signal)
        .then((preview) => {
          if (controller.signal.aborted) return;
          const next = toState(preview);
          setState(next);
          if (next.phase === 'building') timer = setTimeout(ask, PREVIEW_POLL_MS);
        })
        .catch((error) => {
          if (!controller.signal.aborted) setState({ phase: 'error', error });
        });
    };
    ask();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [projectId, version, attempt]);

  return state;
}
