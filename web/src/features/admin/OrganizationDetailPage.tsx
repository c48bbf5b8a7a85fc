import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLoader } from '../../shared/api/useLoader';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { adminApi } from './api';
import { Bars } from './Charts';
import { count, money, shortDay } from './format';
import { OrganizationActions } from './OrganizationActions';
import { Stat, Stats } from './Stat';

/** One organisation: who it is, its cost and charges per day, and the actions on it. */
export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, setData, error, reload } = useLoader(
    useCallback((signal?: AbortSignal) => adminApi.organization(id, signal), [id]),
  );
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  const org = data.organization;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <Link to="/admin/organizations" className="text-sm text-link underline underline-offset-2">
          {t('admin.organizations.back')}
        </Link>
        <h2 className="mt-1 text-xl font-semibold break-words text-fg" data-testid="admin-organization-name">
          {org.name} <span className="text-sm font-normal text-muted">{org.slug}</span>
        </h2>
      </div>
      <Stats>
        <Stat label={t('admin.organizations.plan')} value={org.plan} testId="admin-organization-plan" />
        <Stat
          label={t('admin.organizations.credits')}
          value={count(org.availableCredits, lang)}
          testId="admin-organization-credits"
        />
        <Stat label={t('admin.organizations.members')} value={count(org.memberCount, lang)} />
        <Stat label={t('admin.organizations.cost30')} value={money(org.costUsd30Days, lang)} />
      </Stats>
      <Section title={t('admin.overview.overTime')} testId="admin-organization-usage">
        <Bars
          data={data.days}
          x="day"
          series={[
            { key: 'costUsd', label: t('admin.overview.cost') },
            { key: 'chargedUsd', label: t('admin.overview.charged') },
          ]}
          label={t('admin.overview.overTime')}
          testId="admin-organization-chart"
          formatX={(d) => shortDay(d, lang)}
          formatY={(v) => money(v, lang)}
        />
      </Section>
      <OrganizationActions
        organization={org}
        plans={data.plans}
        onChanged={(changed) => setData({ ...data, organization: changed })}
      />
    </div>
  );
}
