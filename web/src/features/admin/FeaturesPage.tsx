import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoader } from '../../shared/api/useLoader';
import { NUM, Section, TABLE, TD, TH } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { adminApi } from './api';
import { Lines } from './Charts';
import { count, shortDay } from './format';
import { Stat, Stats } from './Stat';

/** Uses of the Builder, the gateway, the Assistant, SMS and deployments, and active people. */
export function FeaturesPage({ days }: { days: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, reload } = useLoader(useCallback((signal?: AbortSignal) => adminApi.features(days, signal), [days]));
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  const name = (feature: string) => t(`admin.features.names.${feature}`, { defaultValue: feature });
  const perDay = data.days.map((d) => ({ day: d.day, ...d.uses }));
  return (
    <div className="flex flex-col gap-4">
      <Stats>
        <Stat label={t('admin.features.activeUsers')} value={count(data.activeUsers, lang)} />
      </Stats>
      <Section title={t('admin.features.perDay')} testId="admin-features-per-day">
        <Lines
          data={perDay}
          x="day"
          series={data.features.map((f) => ({ key: f.feature, label: name(f.feature) }))}
          label={t('admin.features.perDay')}
          testId="admin-features-chart"
          formatX={(d) => shortDay(d, lang)}
        />
      </Section>
      <Section title={t('admin.features.totals')} testId="admin-features">
        <div className="overflow-x-auto">
          <table className={TABLE}>
            <thead>
              <tr>
                <th className={TH}>{t('admin.features.feature')}</th>
                <th className={`${TH} ${NUM}`}>{t('admin.features.uses')}</th>
                <th className={`${TH} ${NUM}`}>{t('admin.features.activeUsers')}</th>
              </tr>
            </thead>
            <tbody>
              {data.features.map((f) => (
                <tr key={f.feature}>
                  <td className={TD}>{name(f.feature)}</td>
                  <td className={`${TD} ${NUM}`}>{count(f.uses, lang)}</td>
                  <td className={`${TD} ${NUM}`}>{f.feature === 'gateway' ? '—' : count(f.activeUsers, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </div>
  );
}
