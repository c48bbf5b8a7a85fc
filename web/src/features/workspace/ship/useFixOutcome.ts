import { useEffect, useState } from 'react';
import { endpoints } from '../../../shared/api/endpoints';
import { isTerminal } from '../../../shared/api/types';
import { BUILD_POLL_MS } from './useBuild';

export type FixOutcome = { phase: 'fixing' } | { phase: 'made'; version: number } | { phase: 'nothing' } | { phase: 'unknown' };

/**
 * Follows the generation an automatic fix round runs as, every BUILD_POLL_MS until it ends: the
 * version it made, or that it made none. Asking the generation (not guessing from the list of
 * builds) names the right version even when two fixes run at once.
 */
export function useFixOutcome(generationId: string): FixOutcome {
  const [outcome, setOutcome] = useState<FixOutcome>({ phase: 'fixing' });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      endpoints
        .generation(generationId)
        .then((generation) => {
          if (stopped) return;
          if (!isTerminal(generation.status)) {
            timer = setTimeout(ask, BUILD_POLL_MS);
          } else if (generation.status === 'succeeded' && generation.version != null) {
            setOutcome({ phase: 'made', version: generation.version });
          } else {
            setOutcome({ phase: 'nothing' });
          }
        })
        .catch(() => {
          if (!stopped) setOutcome({ phase: 'unknown' });
        });
    };
    ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [generationId]);

  return outcome;
}
