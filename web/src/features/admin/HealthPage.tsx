import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoader } from '../../shared/api/useLoader';
import { relativeTime } from '../../shared/format/format';
import { Section, TABLE, TD, TH } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { adminApi } from './api';
import { count } from './format';
import { Stat, Stats } from './Stat';

const REFRESH_MS = 10_000;

const TONE: Record<string, string> = {
  up: 'text-success',
  closed: 'text-success',
  'half-open': 'text-warning',
  degraded: 'text-warning',
  down: 'text-danger',
  open: 'text-danger',
};

/** The platform now, refreshed every ten seconds. */
export function HealthPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, reload } = useLoader(useCallback((signal?: AbortSignal) => adminApi.health(signal), []));
  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  });
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  const state = (value: string) => t(`admin.health.states.${value}`, { defaultValue: value });
  return (
    <div className="flex flex-col gap-4">
      <Stats>
        <Stat
          label={t('admin.health.database')}
          value={`${state(data.database)} · ${data.databaseLatencyMs} ms`}
          testId="admin-health-database"
        />
        <Stat label={t('admin.health.redis')} value={state(data.redis)} />
        <Stat label={t('admin.health.queue')} value={count(data.queueDepth, lang)} />
        <Stat label={t('admin.health.nodes')} value={count(data.nodes.filter((n) => n.alive).length, lang)} />
      </Stats>
      <Section title={t('admin.health.nodes')} testId="admin-nodes">
        <ul className="flex flex-col gap-1 text-sm">
          {data.nodes.map((n) => (
            <li key={n.name} className="flex flex-wrap justify-between gap-2 border-b border-border py-1">
              <span className="break-all">
                {n.name} {n.current && <span className="text-muted">({t('admin.health.thisNode')})</span>}
              </span>
              <span className={n.alive ? 'text-success' : 'text-danger'}>
                {n.alive ? t('admin.health.alive') : t('admin.health.gone')} · {relativeTime(n.lastSeenAt, lang)}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('admin.health.providers')} testId="admin-providers">
        {data.providers.length === 0 ? (
          <p className="text-sm text-muted">{t('admin.health.noProviders')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={TABLE}>
              <thead>
                <tr>
                  <th className={TH}>{t('admin.health.deployment')}</th>
                  <th className={TH}>{t('admin.overview.model')}</th>
                  <th className={TH}>{t('admin.health.circuit')}</th>
                </tr>
              </thead>
              <tbody>
                {data.providers.map((p) => (
                  <tr key={p.deployment}>
                    <td className={TD}>
                      {p.deployment} <span className="text-muted">({p.provider})</span>
                    </td>
                    <td className={TD}>{p.model}</td>
                    <td className={`${TD} ${TONE[p.state] ?? ''}`}>{state(p.state)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title={t('admin.health.rollups')} testId="admin-rollups">
        <ul className="flex flex-col gap-1 text-sm">
          {data.rollups.map((r) => (
            <li key={r.source} className="flex justify-between gap-2 border-b border-border py-1">
              <span>{r.source}</span>
              <span className="text-muted">{relativeTime(r.rolledUpTo, lang)}</span>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
