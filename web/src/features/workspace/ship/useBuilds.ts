import { useCallback, useEffect, useState } from 'react';
import { buildApi, isPending, type BuildView } from './buildApi';
import { BUILD_POLL_MS } from './useBuild';

/**
 * The build of every version of a project (newest first, without logs), asked again every
 * BUILD_POLL_MS while one is queued or running. `refreshKey` or `reload()` asks again at once.
 */
export function useBuilds(projectId: string, refreshKey: unknown = 0) {
  const [builds, setBuilds] = useState<BuildView[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      buildApi
        .list(projectId, controller.signal)
        .then((list) => {
          if (controller.signal.aborted) return;
          setBuilds(list);
          setError(null);
          if (list.some((b) => isPending(b.status))) timer = setTimeout(ask, BUILD_POLL_MS);
        })
        .catch((e) => {
          if (!controller.signal.aborted) setError(e);
        });
    };
    ask();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [projectId, refreshKey, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { builds, error, reload };
}
