import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { useLoader } from '../../shared/api/useLoader';
import { Section } from '../../shared/ui/Section';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { orgApi } from './api';
import { AuditFiltersForm } from './AuditFiltersForm';
import { filtersFrom, pageFrom, toQuery, toSearch } from './auditQuery';
import { AuditTable } from './AuditTable';
import { OrgPageLayout } from './OrgPageLayout';
import { Pagination } from './Pagination';

/**
 * The audit log of an organisation (`/orgs/:org/audit`, admins and owners), newest first. The
 * filters and the page live in the address, so a filtered view can be shared or reloaded.
 */
export function AuditPage() {
  const { org: key = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filters = useMemo(() => filtersFrom(new URLSearchParams(search)), [search]);
  const page = pageFrom(new URLSearchParams(search));
  const fetchEntries = useCallback(
    (signal?: AbortSignal) => orgApi.audit(key, toQuery(filters, page), signal),
    [key, filters, page],
  );
  const { data, error, reload } = useLoader(fetchEntries);
  const actions = useMemo(() => [...new Set(data?.items.map((e) => e.action) ?? [])].sort(), [data]);
  const forbidden = isApiError(error) && (error.status === 403 || error.status === 404);

  return (
    <OrgPageLayout
      title={t('audit.title')}
      subtitle={t('audit.subtitle')}
      actions={
        <Link
          to={`/orgs/${encodeURIComponent(key)}`}
          className="inline-flex items-center rounded-md border border-border bg-surface px-3 py-2 text-sm font-medium text-fg hover:bg-surface-2"
        >
          {t('audit.backToOrganization')}
        </Link>
      }
    >
      <Section title={t('audit.filters')} testId="audit-filters">
        <AuditFiltersForm
          key={toSearch(filters, 0).toString()}
          initial={filters}
          actions={actions}
          onApply={(next) => setParams(toSearch(next, 0))}
        />
      </Section>
      <Section title={t('audit.entries')} testId="audit-entries">
        {forbidden ? (
          <p role="alert" className="text-sm text-fg">
            {t('audit.forbidden')}
          </p>
        ) : (
          error != null && <ErrorAlert error={error} onRetry={reload} />
        )}
        {data === null && error == null && <Loading />}
        {data !== null && error == null && (
          <div className="flex flex-col gap-4">
            {data.items.length === 0 ? (
              <EmptyState title={t('audit.empty.title')}>{t('audit.empty.body')}</EmptyState>
            ) : (
              <AuditTable entries={data.items} />
            )}
            <Pagination
              page={data.page}
              size={data.size}
              totalItems={data.totalItems}
              onPage={(next) => setParams(toSearch(filters, next))}
            />
          </div>
        )}
      </Section>
    </OrgPageLayout>
  );
}
