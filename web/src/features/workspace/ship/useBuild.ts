import { useCallback, useEffect, useState } from 'react';
import { buildApi, isPending, type BuildView } from './buildApi';

/** How often a build still being checked is asked about again. */
export const BUILD_POLL_MS = 2000;

/**
 * The build of one version, with its log, asked again every BUILD_POLL_MS while it is queued or
 * running; `checkAgain` starts a new check (members only) and follows it the same way.
 */
export function useBuild(projectId: string, version: number) {
  const [build, setBuild] = useState<BuildView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  // Bumped to follow the build again: after a retry or a new check.
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      buildApi
        .get(projectId, version, controller.signal)
        .then((found) => {
          if (controller.signal.aborted) return;
          setBuild(found);
          if (isPending(found.status)) timer = setTimeout(ask, BUILD_POLL_MS);
        })
        .catch((e) => {
          if (!controller.signal.aborted) setError(e);
        });
    };
    setError(null);
    ask();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [projectId, version, round]);

  const checkAgain = useCallback(async () => {
    setChecking(true);
    setCheckError(null);
    try {
      // The old log belongs to the old check: it goes with it.
      setBuild(await buildApi.checkAgain(projectId, version));
      setRound((r) => r + 1);
      return true;
    } catch (e) {
      setCheckError(e);
      return false;
    } finally {
      setChecking(false);
    }
  }, [projectId, version]);

  return { build, error, retry: () => setRound((r) => r + 1), checkAgain, checking, checkError };
}
