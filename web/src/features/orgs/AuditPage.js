import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
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
    const fetchEntries = useCallback((signal) => orgApi.audit(key, toQuery(filters, page), signal), [key, filters, page]);
    const { data, error, reload } = useLoader(fetchEntries);
    const actions = useMemo(() => [...new Set(data?.items.map((e) => e.action) ?? [])].sort(), [data]);
    const forbidden = isApiError(error) && (error.status === 403 || error.status === 404);
    return (_jsxs(OrgPageLayout, { title: t('audit.title'), subtitle: t('audit.subtitle'), actions: _jsx(Link, { to: `/orgs/${encodeURIComponent(key)}`, className: "inline-flex items-center rounded-md border border-border bg-surface px-3 py-2 text-sm font-medium text-fg hover:bg-surface-2", children: t('audit.backToOrganization') }), children: [_jsx(Section, { title: t('audit.filters'), testId: "audit-filters", children: _jsx(AuditFiltersForm, { initial: filters, actions: actions, onApply: (next) => setParams(toSearch(next, 0)) }, toSearch(filters, 0).toString()) }), _jsxs(Section, { title: t('audit.entries'), testId: "audit-entries", children: [forbidden ? (_jsx("p", { role: "alert", className: "text-sm text-fg", children: t('audit.forbidden') })) : (error != null && _jsx(ErrorAlert, { error: error, onRetry: reload })), data === null && error == null && _jsx(Loading, {}), data !== null && error == null && (_jsxs("div", { className: "flex flex-col gap-4", children: [data.items.length === 0 ? (_jsx(EmptyState, { title: t('audit.empty.title'), children: t('audit.empty.body') })) : (_jsx(AuditTable, { entries: data.items })), _jsx(Pagination, { page: data.page, size: data.size, totalItems: data.totalItems, onPage: (next) => setParams(toSearch(filters, next)) })] }))] })] }));
}
