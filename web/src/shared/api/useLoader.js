import { useCallback, useEffect, useState } from 'react';
/**
 * Loads data when the component mounts (aborting if it unmounts first) and on `reload()`; keeps
 * the last error for the section's retry button.
 */
export function useLoader(fetcher) {
    const [data, setData] = useState(null);
    const [error, setError] = useState(null);
    const load = useCallback((signal) => {
        setError(null);
        fetcher(signal)
            .then(setData)
            .catch((e) => {
            if (!signal?.aborted)
                setError(e);
        });
    }, [fetcher]);
    useEffect(() => {
        const controller = new AbortController();
        load(controller.signal);
        return () => controller.abort();
    }, [load]);
    return { data, setData, error, reload: () => load() };
}
