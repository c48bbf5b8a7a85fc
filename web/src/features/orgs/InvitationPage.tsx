import { useCallback, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoader } from '../../shared/api/useLoader';
import { useSession } from '../../shared/auth/session';
import { useOrganizations } from '../../shared/org/OrganizationContext';
import { Button } from '../../shared/ui/Button';
import { Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { invitedOrganizationName, orgApi } from './api';
import { invitationProblem } from './invitationProblem';
import { OrgPageLayout } from './OrgPageLayout';

/**
 * An invitation's link (`/invitations/:token`): what it is for, and joining. Signed out, the
 * sign-in page brings the person back here. Joining makes the organisation the current one.
 */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const { user, signOut } = useSession();
  const { switchTo, reload } = useOrganizations();
  const fetchInvitation = useCallback((signal?: AbortSignal) => orgApi.invitation(token, signal), [token]);
  const { data: invitation, error: loadError } = useLoader(fetchInvitation);
  const [busy, setBusy] = useState(false);
  const [acceptError, setAcceptError] = useState<unknown>(null);

  const accept = async () => {
    setBusy(true);
    setAcceptError(null);
    try {
      const organization = await orgApi.accept(token);
      switchTo(organization);
      void reload().catch(() => undefined);
      toast(t('invitation.joined', { name: organization.name }));
      navigate('/projects', { replace: true });
    } catch (e) {
      setAcceptError(e);
      setBusy(false);
    }
  };

  const error = acceptError ?? loadError;
  const problem = error != null ? invitationProblem(t, error, invitation?.email) : null;
  const name = invitation ? invitedOrganizationName(invitation) : '';

  return (
    <OrgPageLayout title={t('invitation.title')}>
      <div className="mx-auto w-full max-w-lg rounded-xl border border-border bg-surface p-6 shadow-sm" data-testid="invitation">
        {invitation === null && error == null && <Loading />}
        {invitation !== null && !problem && (
          <div className="flex flex-col gap-4">
            <h2 className="text-xl font-semibold break-words text-fg">
              {name
                ? t('invitation.join', { name, role: t(`roles.${invitation.role}`) })
                : t('invitation.joinUnnamed', { role: t(`roles.${invitation.role}`) })}
            </h2>
            {invitation.invitedBy && (
              <p className="text-sm text-muted">{t('invitation.invitedBy', { email: invitation.invitedBy })}</p>
            )}
            {invitation.email && user?.email && invitation.email.toLowerCase() !== user.email.toLowerCase() && (
              <p className="rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-warn">
                {t('invitation.otherEmail', { invited: invitation.email, me: user.email })}
              </p>
            )}
            <p className="text-sm text-muted">{t(`invitation.roleHint.${invitation.role}`)}</p>
            <div className="flex flex-wrap gap-2">
              <Button variant="primary" busy={busy} onClick={() => void accept()}>
                {t('invitation.accept')}
              </Button>
              <Link
                to="/projects"
                className="inline-flex items-center rounded-md px-4 py-2 text-sm font-medium text-fg hover:bg-surface-2"
              >
                {t('invitation.notNow')}
              </Link>
            </div>
          </div>
        )}
        {problem && (
          <div role="alert" className="flex flex-col gap-3" data-testid="invitation-problem">
            <h2 className="text-lg font-semibold text-fg">{problem.title}</h2>
            <p className="text-sm text-fg">{problem.body}</p>
            {user?.email && (
              <p className="text-sm text-muted">
                <Trans i18nKey="invitation.signedInAs" values={{ email: user.email }} components={{ b: <strong /> }} />
              </p>
            )}
            <div className="flex flex-wrap items-center gap-3">
              {problem.otherAccount && (
                // Signed out, this page sends you to sign-in and back here.
                <Button onClick={() => void signOut()}>{t('invitation.otherAccount')}</Button>
              )}
              <Link to="/projects" className="font-medium text-link underline underline-offset-2">
                {t('workspace.backToProjects')}
              </Link>
            </div>
          </div>
        )}
      </div>
    </OrgPageLayout>
  );
}
