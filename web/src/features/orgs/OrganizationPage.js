import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { useLoader } from '../../shared/api/useLoader';
import { useOrganizations } from '../../shared/org/OrganizationContext';
import { useOrganizationName } from '../../shared/org/organizationName';
import { atLeast } from '../../shared/org/roles';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { orgApi } from './api';
import { InvitationsSection } from './InvitationsSection';
import { LeaveOrDeleteSection } from './LeaveOrDeleteSection';
import { MembersSection } from './MembersSection';
import { MfaPolicySection } from './MfaPolicySection';
import { OrgPageLayout } from './OrgPageLayout';
import { SettingsSection } from './SettingsSection';
/** One organisation (`/orgs/:org`, by id or slug): its name, members, invitations, leaving and deleting it. */
export function OrganizationPage() {
    const { org: key = '' } = useParams();
    const { t } = useTranslation();
    const nameOf = useOrganizationName();
    const navigate = useNavigate();
    const organizations = useOrganizations();
    const fetchOrganization = useCallback((signal) => orgApi.get(key, signal), [key]);
    const { data: organization, setData, error, reload } = useLoader(fetchOrganization);
    if (!organization) {
        return (_jsx(OrgPageLayout, { title: t('org.title'), children: isApiError(error) && error.status === 404 ? (_jsx(NotFound, {})) : error != null ? (_jsx(ErrorAlert, { error: error, onRetry: reload })) : (_jsx(Loading, {})) }));
    }
    const isAdmin = atLeast(organization.role, 'admin');
    const onSaved = (updated) => {
        setData(updated);
        void organizations.reload().catch(() => undefined);
        if (updated.slug !== key && key !== updated.id)
            navigate(`/orgs/${encodeURIComponent(updated.slug)}`, { replace: true });
    };
    return (_jsxs(OrgPageLayout, { title: nameOf(organization), subtitle: t('org.yourRole', { role: t(`roles.${organization.role}`) }), actions: isAdmin && (_jsx(Link, { to: `/orgs/${encodeURIComponent(organization.slug)}/audit`, className: "inline-flex items-center rounded-md border border-border bg-surface px-3 py-2 text-sm font-medium text-fg hover:bg-surface-2", children: t('audit.title') })), children: [organization.personal && _jsx("p", { className: "text-sm text-muted", children: t('org.personalHint') }), _jsx(SettingsSection, { organization: organization, canEdit: isAdmin, onSaved: onSaved }, organization.id), _jsx(MembersSection, { organization: organization, onMyRoleChanged: () => {
                    reload();
                    void organizations.reload().catch(() => undefined);
                } }), isAdmin && !organization.personal && _jsx(InvitationsSection, { organization: organization }), !organization.personal && (_jsx(MfaPolicySection, { organization: organization, onChanged: (mfaPolicy) => setData({ ...organization, mfaPolicy }) })), !organization.personal && _jsx(LeaveOrDeleteSection, { organization: organization })] }));
}
function NotFound() {
    const { t } = useTranslation();
    return (_jsx(EmptyState, { title: t('org.notFound.title'), action: _jsx(Link, { to: "/projects", className: "font-medium text-link underline underline-offset-2", children: t('workspace.backToProjects') }), children: t('org.notFound.body') }));
}
