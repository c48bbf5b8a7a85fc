import { useTranslation } from 'react-i18next';
import { dateTime, duration, relativeTime } from '../../../shared/format/format';
import { useCan } from '../../../shared/org/OrganizationContext';
import { Button } from '../../../shared/ui/Button';
import { ErrorAlert, Loading } from '../../../shared/ui/States';
import { isPending, type BuildView } from './buildApi';
import { BuildStatusBadge } from './BuildBadges';
import { BuildFix } from './BuildFix';
import { useBuild } from './useBuild';

/**
 * Whether the selected version builds: its status, command, duration and log, followed live while
 * it is checked, what became of the automatic fix a failure started, and (for members) Check again.
 * `builds` is the project's list (for the fix's new version); `onChanged` asks for it again.
 */
export function BuildSection({
  projectId,
  version,
  builds,
  onChanged,
}: {
  projectId: string;
  version: number;
  builds: BuildView[];
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const canCheck = useCan('member');
  const { build, error, retry, checkAgain, checking, checkError } = useBuild(projectId, version);

  const check = async () => {
    if (await checkAgain()) onChanged();
  };

  return (
    <section aria-labelledby="build-heading" className="flex flex-col gap-3" data-testid="build-section">
      <h3 id="build-heading" className="text-base font-semibold text-fg">
        {t('build.title', { version })}
      </h3>
      {error !== null && <ErrorAlert error={error} onRetry={retry} />}
      {build === null && error === null && <Loading label={t('build.loading')} className="justify-start p-0" />}
      {build && (
        <div aria-live="polite" className="flex min-w-0 flex-col gap-2 text-sm">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <BuildStatusBadge status={build.status} />
            {build.command && (
              <code className="min-w-0 break-all rounded bg-surface-2 px-1.5 py-0.5 font-mono text-xs text-fg">
                {build.command}
              </code>
            )}
            {build.durationMs != null && (
              <span className="text-muted">{t('build.duration', { duration: duration(build.durationMs, lang) })}</span>
            )}
            {build.finishedAt && !isPending(build.status) && (
              <time dateTime={build.finishedAt} title={dateTime(build.finishedAt, lang)} className="text-muted">
                {relativeTime(build.finishedAt, lang)}
              </time>
            )}
          </div>
          {build.reason && (
            <p className={`break-words ${build.status === 'failed' ? 'text-danger' : 'text-muted'}`} data-testid="build-reason">
              {build.reason}
            </p>
          )}
          {build.status === 'failed' && build.fix && (
            <BuildFix failed={build.version} fix={build.fix} builds={builds} onReload={onChanged} />
          )}
          {build.log && (
            <details className="min-w-0 rounded-md border border-border bg-surface">
              <summary className="cursor-pointer px-3 py-2 font-medium text-fg">{t('build.log')}</summary>
              <pre
                className="max-h-96 max-w-full overflow-auto border-t border-border px-3 py-2 font-mono text-xs whitespace-pre text-fg"
                data-testid="build-log"
                tabIndex={0}
                aria-label={t('build.logLabel', { version })}
              >
                {build.log}
              </pre>
            </details>
          )}
        </div>
      )}
      {canCheck && build && (
        <div className="flex flex-col gap-2">
          <Button className="min-h-11 self-start" busy={checking} disabled={isPending(build.status)} onClick={() => void check()}>
            {t('build.checkAgain')}
          </Button>
          <ErrorAlert error={checkError} />
        </div>
      )}
    </section>
  );
}
