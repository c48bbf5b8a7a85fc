import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
import { FeaturesPage } from './FeaturesPage';
import { GenerationsPage } from './GenerationsPage';
import { HealthPage } from './HealthPage';
import { OrganizationDetailPage } from './OrganizationDetailPage';
import { OrganizationsPage } from './OrganizationsPage';
import { OverviewPage } from './OverviewPage';
import { RangePicker } from './RangePicker';

const TAB =
  'inline-flex h-9 shrink-0 items-center rounded-md px-3 text-sm font-medium text-fg hover:bg-surface-2 aria-[current=page]:bg-surface-2';

/**
 * The console for the platform's administrators, under /admin. The server answers 404 to anyone
 * else, and the app shows its entry only to them; this page itself is loaded only when opened.
 */
export default function AdminConsole() {
  const { t } = useTranslation();
  const [days, setDays] = useState(30);

  useEffect(() => {
    document.title = `${t('admin.title')} · Vectort`;
  }, [t]);

  return (
    <div className="flex min-h-full flex-col">
      <SkipLink />
      <AppHeader />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-4 px-3 py-6 outline-none sm:px-4"
      >
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold text-fg">{t('admin.title')}</h1>
            <p className="mt-1 text-sm text-muted">{t('admin.subtitle')}</p>
          </div>
          <RangePicker days={days} onChange={setDays} />
        </div>
        <nav aria-label={t('admin.sections')} className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1">
          <NavLink end to="/admin" className={TAB}>
            {t('admin.tabs.overview')}
          </NavLink>
          <NavLink to="/admin/generations" className={TAB}>
            {t('admin.tabs.generations')}
          </NavLink>
          <NavLink to="/admin/features" className={TAB}>
            {t('admin.tabs.features')}
          </NavLink>
          <NavLink to="/admin/health" className={TAB}>
            {t('admin.tabs.health')}
          </NavLink>
          <NavLink to="/admin/organizations" className={TAB}>
            {t('admin.tabs.organizations')}
          </NavLink>
        </nav>
        <Routes>
          <Route index element={<OverviewPage days={days} />} />
          <Route path="generations" element={<GenerationsPage days={days} />} />
          <Route path="features" element={<FeaturesPage days={days} />} />
          <Route path="health" element={<HealthPage />} />
          <Route path="organizations" element={<OrganizationsPage />} />
          <Route path="organizations/:id" element={<OrganizationDetailPage />} />
        </Routes>
      </main>
    </div>
  );
}
