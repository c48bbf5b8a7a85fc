import { useTranslation } from 'react-i18next';
import { dateTime } from '../../../shared/format/format';
import type { PushView } from './api';

/** The project's pushes, newest first: where each went, and what became of it. */
export function PushHistory({ pushes }: { pushes: PushView[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  if (pushes.length === 0) return <p className="text-sm text-muted">{t('ship.history.empty')}</p>;
  return (
    <ul className="flex flex-col divide-y divide-border" data-testid="push-history">
      {pushes.map((p) => (
        <li key={p.id} className="flex flex-col gap-0.5 py-2 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-fg">{t('ship.history.version', { version: p.version })}</span>
            <span className={p.status === 'failed' ? 'text-danger' : p.status === 'pushed' ? 'text-success' : 'text-muted'}>
              {t(`ship.status.${p.status}`)}
            </span>
            <span className="text-muted">{dateTime(p.createdAt, lang)}</span>
          </div>
          <div className="break-all text-muted">
            {p.githubRepository ?? p.remoteUrl}
            {p.pushedBranch && ` · ${p.pushedBranch}`}
            {p.commitSha && ` · ${p.commitSha.slice(0, 7)}`}
          </div>
          {p.pullRequestUrl && (
            <a href={p.pullRequestUrl} target="_blank" rel="noreferrer" className="text-link underline underline-offset-2">
              {t('ship.push.openPullRequest')}
            </a>
          )}
          {p.error && <p className={p.status === 'failed' ? 'text-danger' : 'text-muted'}>{p.error}</p>}
        </li>
      ))}
    </ul>
  );
}
