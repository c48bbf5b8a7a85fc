import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoader } from '../../shared/api/useLoader';
import { NUM, Section, TABLE, TD, TH } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { adminApi } from './api';
import { Bars } from './Charts';
import { count, money, share, shortDay } from './format';
import { Stat, Stats } from './Stat';

/** How generations went: outcomes per day, frameworks and types, cache hits, failure codes. */
export function GenerationsPage({ days }: { days: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, reload } = useLoader(useCallback((signal?: AbortSignal) => adminApi.generations(days, signal), [days]));
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  return (
    <div className="flex flex-col gap-4">
      <Stats>
        <Stat label={t('admin.generations.count')} value={count(data.generations, lang)} />
        <Stat label={t('admin.generations.successRate')} value={share(data.successRate, lang)} />
        <Stat label={t('admin.generations.cacheHitRate')} value={share(data.cacheHitRate, lang)} />
        <Stat label={t('admin.generations.averageCost')} value={money(data.averageCostUsd, lang)} />
        <Stat
          label={t('admin.generations.averageDuration')}
          value={t('admin.seconds', { value: (data.averageDurationMs / 1000).toFixed(1) })}
        />
      </Stats>
      <Section title={t('admin.generations.perDay')} testId="admin-generations-per-day">
        <Bars
          data={data.days}
          x="day"
          series={[
            { key: 'succeeded', label: t('admin.generations.succeeded') },
            { key: 'failed', label: t('admin.generations.failed') },
            { key: 'cancelled', label: t('admin.generations.cancelled') },
          ]}
          label={t('admin.generations.perDay')}
          testId="admin-generations-chart"
          formatX={(d) => shortDay(d, lang)}
        />
      </Section>
      <Section title={t('admin.generations.frameworks')} testId="admin-frameworks">
        {data.frameworks.length === 0 ? (
          <p className="text-sm text-muted">{t('admin.empty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={TABLE}>
              <thead>
                <tr>
                  <th className={TH}>{t('admin.generations.framework')}</th>
                  <th className={TH}>{t('admin.generations.type')}</th>
                  <th className={`${TH} ${NUM}`}>{t('admin.generations.count')}</th>
                  <th className={`${TH} ${NUM}`}>{t('admin.generations.successRate')}</th>
                </tr>
              </thead>
              <tbody>
                {data.frameworks.map((f) => (
                  <tr key={`${f.framework}/${f.appType}`}>
                    <td className={TD}>{f.framework}</td>
                    <td className={TD}>{f.appType}</td>
                    <td className={`${TD} ${NUM}`}>{count(f.generations, lang)}</td>
                    <td className={`${TD} ${NUM}`}>{share(f.generations ? f.succeeded / f.generations : 0, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title={t('admin.generations.failures')} testId="admin-failures">
        {data.failures.length === 0 ? (
          <p className="text-sm text-muted">{t('admin.generations.noFailures')}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {data.failures.map((f) => (
              <li key={f.code} className="flex justify-between gap-2 border-b border-border py-1">
                <code className="break-all">{f.code}</code>
                <span className="tabular-nums">{count(f.generations, lang)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
