import { useCallback, useEffect, useRef, useState } from 'react';
import { FINISHED, privacyApi, type DataExport } from './api';

export const POLL_MS = 2000;

/**
 * Starts an export and asks how it is going every two seconds until it is ready (or failed);
 * a failed poll is retried at the next tick, and polling stops when the page goes.
 */
export function useDataExport() {
  const [current, setCurrent] = useState<DataExport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const controller = useRef<AbortController | null>(null);

  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    controller.current?.abort();
  }, []);

  const poll = useCallback((id: string) => {
    const next = () => {
      timer.current = setTimeout(tick, POLL_MS);
    };
    const tick = async () => {
      controller.current = new AbortController();
      try {
        const latest = await privacyApi.export(id, controller.current.signal);
        setCurrent(latest);
        setError(null);
        if (!FINISHED.includes(latest.status)) next();
      } catch (e) {
        if (controller.current?.signal.aborted) return;
        setError(e);
        next();
      }
    };
    next();
  }, []);

  const start = useCallback(async () => {
    stop();
    setStarting(true);
    setError(null);
    try {
      const started = await privacyApi.startExport();
      setCurrent(started);
      if (!FINISHED.includes(started.status)) poll(started.id);
    } catch (e) {
      setError(e);
    } finally {
      setStarting(false);
    }
  }, [poll, stop]);

  useEffect(() => stop, [stop]);

  return { current, error, starting, start };
}
