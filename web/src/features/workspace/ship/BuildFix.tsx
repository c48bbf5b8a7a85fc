import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Spinner } from '../../../shared/ui/Spinner';
import { isPending, MAX_FIX_ROUNDS, type BuildView } from './buildApi';
import { BUILD_POLL_MS } from './useBuild';
import { useFixOutcome, type FixOutcome } from './useFixOutcome';

interface Fix {
  generationId: string;
  round: number;
}

/** The version a fix round made, when its generation could not be asked: the first later one made by that round. */
function guessFixVersion(failed: number, round: number, builds: BuildView[]): number | undefined {
  const later = builds.filter((b) => b.version > failed && b.fixRound === round).map((b) => b.version);
  return later.length > 0 ? Math.min(...later) : undefined;
}

/** The sentence to show, whether work is still going on, and its colour. */
function describe(t: TFunction, fix: Fix, outcome: FixOutcome, made: number | undefined, build: BuildView | undefined) {
  const round = { round: fix.round, max: MAX_FIX_ROUNDS };
  if (made === undefined) {
    return outcome.phase === 'nothing'
      ? { text: t('build.fixMadeNothing', round), working: false, tone: 'text-muted' }
      : { text: t('build.fixing', round), working: true, tone: 'text-fg' };
  }
  if (build?.status === 'passed') return { text: t('build.fixPassed', { version: made }), working: false, tone: 'text-success' };
  if (build?.status === 'failed') return { text: t('build.fixFailed', { version: made }), working: false, tone: 'text-danger' };
  if (build === undefined || isPending(build.status)) {
    return { text: t('build.fixChecking', { version: made }), working: true, tone: 'text-fg' };
  }
  return { text: t('build.fixMade', { version: made }), working: false, tone: 'text-fg' };
}

/**
 * What became of the automatic fix round a failed build started: still working, or the version it
 * made and whether that one builds. `onReload` asks for the list of builds again.
 */
export function BuildFix({
  failed,
  fix,
  builds,
  onReload,
}: {
  failed: number;
  fix: Fix;
  builds: BuildView[];
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const outcome = useFixOutcome(fix.generationId);
  const made =
    outcome.phase === 'made'
      ? outcome.version
      : outcome.phase === 'unknown'
        ? guessFixVersion(failed, fix.round, builds)
        : undefined;
  const madeBuild = made === undefined ? undefined : builds.find((b) => b.version === made);
  const missing = made !== undefined && madeBuild === undefined;

  // The new version may not be in the list yet: ask again until it is (pending ones poll on their own).
  useEffect(() => {
    if (!missing) return;
    const timer = setTimeout(onReload, BUILD_POLL_MS);
    return () => clearTimeout(timer);
  }, [missing, builds, onReload]);

  const { text, working, tone } = describe(t, fix, outcome, made, madeBuild);
  return (
    <div className="flex flex-col gap-1 rounded-md border border-border bg-surface px-3 py-2 text-sm" data-testid="build-fix">
      <p className={`flex items-center gap-2 font-medium ${tone}`}>
        {working && <Spinner size="sm" className="shrink-0" />}
        {text}
      </p>
      <p className="text-xs text-muted">{t('build.fixFree')}</p>
    </div>
  );
}
