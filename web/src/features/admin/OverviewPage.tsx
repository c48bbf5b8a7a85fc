import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLoader } from '../../shared/api/useLoader';
import { NUM, Section, TABLE, TD, TH } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { adminApi } from './api';
import { Bars, Lines } from './Charts';
import { count, money, shortDay } from './format';
import { Stat, Stats } from './Stat';

/** Cost per organisation (with margins against credits charged), usage over time, cost per model. */
export function OverviewPage({ days }: { days: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, reload } = useLoader(useCallback((signal?: AbortSignal) => adminApi.overview(days, signal), [days]));
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  const usd = (v: number) => money(v, lang);
  return (
    <div className="flex flex-col gap-4">
      <Stats>
        <Stat label={t('admin.overview.cost')} value={usd(data.totals.costUsd)} testId="admin-total-cost" />
        <Stat label={t('admin.overview.charged')} value={usd(data.totals.chargedUsd)} />
        <Stat label={t('admin.overview.margin')} value={usd(data.totals.marginUsd)} />
        <Stat label={t('admin.overview.calls')} value={count(data.totals.calls, lang)} />
      </Stats>
      <Section title={t('admin.overview.perOrganization')} testId="admin-cost-per-org">
        {data.organizations.length === 0 ? (
          <p className="text-sm text-muted">{t('admin.empty')}</p>
        ) : (
          <>
            <Bars
              data={data.organizations}
              x="name"
              layout="vertical"
              series={[
                { key: 'costUsd', label: t('admin.overview.cost') },
                { key: 'chargedUsd', label: t('admin.overview.charged') },
              ]}
              label={t('admin.overview.perOrganization')}
              testId="admin-org-chart"
              formatY={usd}
            />
            <div className="overflow-x-auto">
              <table className={TABLE}>
                <thead>
                  <tr>
                    <th className={TH}>{t('admin.organization')}</th>
                    <th className={`${TH} ${NUM}`}>{t('admin.overview.calls')}</th>
                    <th className={`${TH} ${NUM}`}>{t('admin.overview.cost')}</th>
                    <th className={`${TH} ${NUM}`}>{t('admin.overview.charged')}</th>
                    <th className={`${TH} ${NUM}`}>{t('admin.overview.margin')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.organizations.map((org) => (
                    <tr key={org.orgId} data-testid="admin-org-row">
                      <td className={TD}>
                        <Link to={`/admin/organizations/${org.orgId}`} className="text-accent hover:underline">
                          {org.name}
                        </Link>
                      </td>
                      <td className={`${TD} ${NUM}`}>{count(org.calls, lang)}</td>
                      <td className={`${TD} ${NUM}`}>{usd(org.costUsd)}</td>
                      <td className={`${TD} ${NUM}`}>{usd(org.chargedUsd)}</td>
                      <td className={`${TD} ${NUM} ${org.marginUsd < 0 ? 'text-danger' : ''}`}>{usd(org.marginUsd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Section>
      <Section title={t('admin.overview.overTime')} testId="admin-usage-over-time">
        <Lines
          data={data.days}
          x="day"
          series={[
            { key: 'costUsd', label: t('admin.overview.cost') },
            { key: 'chargedUsd', label: t('admin.overview.charged') },
          ]}
          label={t('admin.overview.overTime')}
          testId="admin-days-chart"
          formatX={(d) => shortDay(d, lang)}
          formatY={usd}
        />
      </Section>
      <Section title={t('admin.overview.perModel')} testId="admin-cost-per-model">
        {data.models.length === 0 ? (
          <p className="text-sm text-muted">{t('admin.empty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={TABLE}>
              <thead>
                <tr>
                  <th className={TH}>{t('admin.overview.model')}</th>
                  <th className={`${TH} ${NUM}`}>{t('admin.overview.calls')}</th>
                  <th className={`${TH} ${NUM}`}>{t('admin.overview.failed')}</th>
                  <th className={`${TH} ${NUM}`}>{t('admin.overview.cost')}</th>
                </tr>
              </thead>
              <tbody>
                {data.models.map((m) => (
                  <tr key={m.model}>
                    <td className={TD}>{m.model}</td>
                    <td className={`${TD} ${NUM}`}>{count(m.calls, lang)}</td>
                    <td className={`${TD} ${NUM}`}>{count(m.failedCalls, lang)}</td>
                    <td className={`${TD} ${NUM}`}>{usd(m.costUsd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  );
}
