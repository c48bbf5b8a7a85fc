import { useEffect, useState } from 'react';
import { endpoints } from '../../shared/api/endpoints';
export const PREVIEW_POLL_MS = 1500;
function toState(preview) {
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
export function usePreview(projectId, version, attempt) {
    const [state, setState] = useState({ phase: 'idle' });
    useEffect(() => {
        if (version < 1) {
            setState({ phase: 'idle' });
            return;
        }
        const controller = new AbortController();
        let timer;
        setState({ phase: 'loading' });
        const ask = () => {
            endpoints
                .preview(projectId, version, controller.signal)
                .then((preview) => {
                if (controller.signal.aborted)
                    return;
                const next = toState(preview);
                setState(next);
                if (next.phase === 'building')
                    timer = setTimeout(ask, PREVIEW_POLL_MS);
            })
                .catch((error) => {
                if (!controller.signal.aborted)
                    setState({ phase: 'error', error });
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
