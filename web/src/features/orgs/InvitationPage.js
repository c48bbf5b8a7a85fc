import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
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
    const fetchInvitation = useCallback((signal) => orgApi.invitation(token, signal), [token]);
    const { data: invitation, error: loadError } = useLoader(fetchInvitation);
    const [busy, setBusy] = useState(false);
    const [acceptError, setAcceptError] = useState(null);
    const accept = async () => {
        setBusy(true);
        setAcceptError(null);
        try {
            const organization = await orgApi.accept(token);
            switchTo(organization);
            void reload().catch(() => undefined);
            toast(t('invitation.joined', { name: organization.name }));
            navigate('/projects', { replace: true });
        }
        catch (e) {
            setAcceptError(e);
            setBusy(false);
        }
    };
    const error = acceptError ?? loadError;
    const problem = error != null ? invitationProblem(t, error, invitation?.email) : null;
    const name = invitation ? invitedOrganizationName(invitation) : '';
    return (_jsx(OrgPageLayout, { title: t('invitation.title'), children: _jsxs("div", { className: "mx-auto w-full max-w-lg rounded-xl border border-border bg-surface p-6 shadow-sm", "data-testid": "invitation", children: [invitation === null && error == null && _jsx(Loading, {}), invitation !== null && !problem && (_jsxs("div", { className: "flex flex-col gap-4", children: [_jsx("h2", { className: "text-xl font-semibold break-words text-fg", children: name
                                ? t('invitation.join', { name, role: t(`roles.${invitation.role}`) })
                                : t('invitation.joinUnnamed', { role: t(`roles.${invitation.role}`) }) }), invitation.invitedBy && (_jsx("p", { className: "text-sm text-muted", children: t('invitation.invitedBy', { email: invitation.invitedBy }) })), invitation.email && user?.email && invitation.email.toLowerCase() !== user.email.toLowerCase() && (_jsx("p", { className: "rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-warn", children: t('invitation.otherEmail', { invited: invitation.email, me: user.email }) })), _jsx("p", { className: "text-sm text-muted", children: t(`invitation.roleHint.${invitation.role}`) }), _jsxs("div", { className: "flex flex-wrap gap-2", children: [_jsx(Button, { variant: "primary", busy: busy, onClick: () => void accept(), children: t('invitation.accept') }), _jsx(Link, { to: "/projects", className: "inline-flex items-center rounded-md px-4 py-2 text-sm font-medium text-fg hover:bg-surface-2", children: t('invitation.notNow') })] })] })), problem && (_jsxs("div", { role: "alert", className: "flex flex-col gap-3", "data-testid": "invitation-problem", children: [_jsx("h2", { className: "text-lg font-semibold text-fg", children: problem.title }), _jsx("p", { className: "text-sm text-fg", children: problem.body }), user?.email && (_jsx("p", { className: "text-sm text-muted", children: _jsx(Trans, { i18nKey: "invitation.signedInAs", values: { email: user.email }, components: { b: _jsx("strong", {}) } }) })), _jsxs("div", { className: "flex flex-wrap items-center gap-3", children: [problem.otherAccount && (
                                // Signed out, this page sends you to sign-in and back here.
                                _jsx(Button, { onClick: () => void signOut(), children: t('invitation.otherAccount') })), _jsx(Link, { to: "/projects", className: "font-medium text-link underline underline-offset-2", children: t('workspace.backToProjects') })] })] }))] }) }));
}
