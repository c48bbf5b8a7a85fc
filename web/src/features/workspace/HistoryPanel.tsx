import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/api/endpoints';
import type { Generation, Version } from '../../shared/api/types';
import { dateTime, fileSize, relativeTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { EmptyState } from '../../shared/ui/States';
import { DiffView, type DiffMode } from './DiffView';
import { useCan } from '../../shared/org/OrganizationContext';
import { DownloadButton } from './DownloadButton';
import { VersionSelect } from './VersionSelect';
import { ClockIcon, RestoreIcon } from '../../shared/ui/Icons';
import { isFixRound } from './FixRoundPrompt';
import { MAX_FIX_ROUNDS } from './ship/buildApi';
import { VersionBuildMark } from './ship/BuildBadges';
import { useBuilds } from './ship/useBuilds';

/**
 * Every version, newest first, with whether it builds, to open, preview, download or restore, and
 * a diff between any two.
 */
export function HistoryPanel({
  projectId,
  projectName,
  versions,
  currentVersion,
  generations,
  busy,
  onOpen,
  onRestored,
}: {
  projectId: string;
  projectName: string;
  versions: Version[];
  currentVersion: number;
  generations: Generation[];
  /** A generation is in flight: restoring waits for it. */
  busy: boolean;
  onOpen: (version: number, view: 'code' | 'preview') => void;
  onRestored: (version: Version, from: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [from, setFrom] = useState(versions[1]?.number ?? versions[0]?.number ?? 0);
  const [to, setTo] = useState(versions[0]?.number ?? 0);
  const [mode, setMode] = useState<DiffMode>('unified');
  const [restoring, setRestoring] = useState<number | null>(null);
  // Restoring makes a version: viewers of the organisation cannot.
  const canRestore = useCan('member');
  const newest = versions[0]?.number ?? 0;
  // Without the builds (an error) the list still works: the marks are extra, so none are shown.
  const { builds } = useBuilds(projectId, newest);

  // A new version (generated or restored) becomes the right side of the comparison.
  useEffect(() => {
    if (versions.length === 0) return;
    setTo(versions[0].number);
    setFrom((f) =>
      versions.some((v) => v.number === f) && f !== versions[0].number ? f : (versions[1]?.number ?? versions[0].number),
    );
    // Only a new newest version moves the sides: a reload of the same list keeps the person's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [newest]);

  if (versions.length === 0) {
    return (
      <EmptyState title={t('versions.empty.title')} icon={<ClockIcon className="h-10 w-10" />}>
        {t('versions.empty.body')}
      </EmptyState>
    );
  }

  const generationOf = (v: Version) => generations.find((g) => g.id === v.generationId);

  return (
    <div className="flex h-full min-h-0 flex-col overflow-auto">
      <section
        aria-labelledby="compare-heading"
        className={`flex flex-col border-b border-border ${versions.length > 1 ? 'min-h-[24rem]' : ''}`}
      >
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border px-3 py-2">
          <h2 id="compare-heading" className="text-sm font-semibold text-fg">
            {t('diff.title')}
          </h2>
          {versions.length < 2 ? null : (
            <>
              <VersionSelect versions={versions} value={from} onChange={setFrom} label={t('diff.from')} />
              <VersionSelect versions={versions} value={to} onChange={setTo} label={t('diff.to')} />
              <div role="radiogroup" aria-label={t('diff.mode')} className="flex overflow-hidden rounded-md border border-border">
                {(['unified', 'split'] as const).map((m) => (
                  <button
                    key={m}
                    type="button"
                    role="radio"
                    aria-checked={mode === m}
                    onClick={() => setMode(m)}
                    className={`px-2 py-1 text-xs ${mode === m ? 'bg-accent text-accent-fg' : 'bg-surface text-fg hover:bg-surface-2'}`}
                  >
                    {t(`diff.modes.${m}`)}
                  </button>
                ))}
              </div>
            </>
          )}
        </div>
        {versions.length < 2 ? (
          <p className="p-3 text-sm text-muted">{t('diff.needTwo')}</p>
        ) : (
          <DiffView projectId={projectId} from={from} to={to} mode={mode} />
        )}
      </section>

      <section aria-labelledby="versions-heading" className="p-3">
        <h2 id="versions-heading" className="mb-2 text-sm font-semibold text-fg">
          {t('versions.title')}
        </h2>
        <ol className="flex flex-col gap-2">
          {versions.map((v) => {
            const generation = generationOf(v);
            const current = v.number === currentVersion;
            return (
              <li
                key={v.number}
                data-testid="version-row"
                data-version={v.number}
                className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-3"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="text-sm font-semibold text-fg">{t('versions.name', { version: v.number })}</h3>
                  <VersionBuildMark build={builds.find((b) => b.version === v.number)} />
                  {current && (
                    <span className="rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-fg">
                      {t('versions.current')}
                    </span>
                  )}
                  <span className="text-xs text-muted">
                    {t('versions.meta', { count: v.fileCount, size: fileSize(v.totalBytes, lang) })} ·{' '}
                    <time dateTime={v.createdAt} title={dateTime(v.createdAt, lang)}>
                      {relativeTime(v.createdAt, lang)}
                    </time>
                  </span>
                </div>
                {v.summary && <p className="text-sm text-fg">{v.summary}</p>}
                {generation && isFixRound(generation) ? (
                  <p className="text-xs text-muted">{t('build.fixRound', { round: generation.fixRound, max: MAX_FIX_ROUNDS })}</p>
                ) : (
                  generation?.description && (
                    <p className="line-clamp-2 text-xs text-muted">
                      {t('versions.prompt')} “{generation.description}”
                    </p>
                  )
                )}
                <div className="flex flex-wrap gap-2">
                  <Button size="sm" onClick={() => onOpen(v.number, 'code')}>
                    {t('versions.viewCode')}
                  </Button>
                  <Button size="sm" onClick={() => onOpen(v.number, 'preview')}>
                    {t('versions.preview')}
                  </Button>
                  <DownloadButton projectId={projectId} projectName={projectName} version={v.number} />
                  {!current && canRestore && (
                    <Button
                      size="sm"
                      onClick={() => setRestoring(v.number)}
                      disabled={busy}
                      title={busy ? t('versions.restoreBusy') : undefined}
                      aria-label={t('versions.restoreLabel', { version: v.number })}
                    >
                      <RestoreIcon /> {t('versions.restore')}
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      {restoring !== null && (
        <ConfirmDialog
          title={t('versions.restoreTitle', { version: restoring })}
          confirmLabel={t('versions.restoreConfirm')}
          onClose={() => setRestoring(null)}
          onConfirm={async () => {
            const created = await endpoints.restore(projectId, restoring);
            onRestored(created, restoring);
          }}
        >
          <Trans
            i18nKey="versions.restoreBody"
            values={{ version: restoring, next: newest + 1 }}
            components={{ b: <strong /> }}
          />
        </ConfirmDialog>
      )}
    </div>
  );
}
