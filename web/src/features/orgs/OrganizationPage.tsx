import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { useLoader } from '../../shared/api/useLoader';
import { useOrganizations } from '../../shared/org/OrganizationContext';
import { useOrganizationName } from '../../shared/org/organizationName';
import { atLeast } from '../../shared/org/roles';
import type { Organization } from '../../shared/org/types';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { orgApi } from './api';
import { ConnectionsSection } from './ConnectionsSection';
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
  const fetchOrganization = useCallback((signal?: AbortSignal) => orgApi.get(key, signal), [key]);
  const { data: organization, setData, error, reload } = useLoader(fetchOrganization);

  if (!organization) {
    return (
      <OrgPageLayout title={t('org.title')}>
        {isApiError(error) && error.status === 404 ? (
          <NotFound />
        ) : error != null ? (
          <ErrorAlert error={error} onRetry={reload} />
        ) : (
          <Loading />
        )}
      </OrgPageLayout>
    );
  }

  const isAdmin = atLeast(organization.role, 'admin');
  const onSaved = (updated: Organization) => {
    setData(updated);
    void organizations.reload().catch(() => undefined);
    if (updated.slug !== key && key !== updated.id) navigate(`/orgs/${encodeURIComponent(updated.slug)}`, { replace: true });
  };

  return (
    <OrgPageLayout
      title={nameOf(organization)}
      subtitle={t('org.yourRole', { role: t(`roles.${organization.role}`) })}
      actions={
        isAdmin && (
          <Link
            to={`/orgs/${encodeURIComponent(organization.slug)}/audit`}
            className="inline-flex items-center rounded-md border border-border bg-surface px-3 py-2 text-sm font-medium text-fg hover:bg-surface-2"
          >
            {t('audit.title')}
          </Link>
        )
      }
    >
      {organization.personal && <p className="text-sm text-muted">{t('org.personalHint')}</p>}
      <SettingsSection key={organization.id} organization={organization} canEdit={isAdmin} onSaved={onSaved} />
      <MembersSection
        organization={organization}
        onMyRoleChanged={() => {
          reload();
          void organizations.reload().catch(() => undefined);
        }}
      />
      {isAdmin && !organization.personal && <InvitationsSection organization={organization} />}
      {!organization.personal && (
        <MfaPolicySection organization={organization} onChanged={(mfaPolicy) => setData({ ...organization, mfaPolicy })} />
      )}
      <ConnectionsSection organization={organization} />
      {!organization.personal && <LeaveOrDeleteSection organization={organization} />}
    </OrgPageLayout>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('org.notFound.title')}
      action={
        <Link to="/projects" className="font-medium text-link underline underline-offset-2">
          {t('workspace.backToProjects')}
        </Link>
      }
    >
      {t('org.notFound.body')}
    </EmptyState>
  );
}
