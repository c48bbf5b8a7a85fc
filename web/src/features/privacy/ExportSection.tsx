import { useTranslation } from 'react-i18next';
import { dateTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { DownloadIcon } from '../../shared/ui/Icons';
import { ErrorAlert } from '../../shared/ui/States';
import { useDataExport } from './useDataExport';

/** "Export my data": starts an export, shows its progress, then the link to download it. */
export function ExportSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { current, error, starting, start } = useDataExport();
  const inProgress = current?.status === 'queued' || current?.status === 'running';
  const percent = Math.round(Math.min(1, Math.max(0, current?.progress ?? 0)) * 100);

  return (
    <div className="flex flex-col gap-3" data-testid="data-export">
      <h3 className="text-base font-semibold text-fg">{t('privacy.export.title')}</h3>
      <p className="text-sm text-muted">{t('privacy.export.intro')}</p>
      <div>
        <Button onClick={() => void start()} busy={starting} disabled={inProgress}>
          <DownloadIcon /> {current && !inProgress ? t('privacy.export.again') : t('privacy.export.start')}
        </Button>
      </div>
      {inProgress && (
        <div className="flex flex-col gap-1">
          <div
            role="progressbar"
            aria-label={t('privacy.export.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="h-2 w-full overflow-hidden rounded-full bg-surface-2"
          >
            <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${percent}%` }} />
          </div>
          <p className="text-sm text-muted" aria-live="polite">
            {current?.status === 'queued' ? t('privacy.export.queued') : t('privacy.export.running', { percent })}
          </p>
        </div>
      )}
      {current?.status === 'ready' && current.downloadUrl && (
        <p role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-fg">
          <a
            href={current.downloadUrl}
            download
            className="inline-flex items-center gap-1 font-medium text-link underline underline-offset-2"
          >
            <DownloadIcon /> {t('privacy.export.download')}
          </a>
          {current.expiresAt && (
            <span className="text-muted">{t('privacy.export.expires', { when: dateTime(current.expiresAt, lang) })}</span>
          )}
        </p>
      )}
      {current?.status === 'failed' && (
        <p role="alert" className="text-sm text-danger">
          {t('privacy.export.failed')}
        </p>
      )}
      {current?.status === 'expired' && <p className="text-sm text-muted">{t('privacy.export.expired')}</p>}
      <ErrorAlert error={error} />
    </div>
  );
}
