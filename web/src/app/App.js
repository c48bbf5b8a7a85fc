import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { Fragment, useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { AppNudges, AssistantMemoryPage, AssistantPage, AssistantSettingsPage, AssistantSmsPage } from '../features/assistant';
import { RegisterPage, SignInCompletePage, SignInPage } from '../features/auth';
import { AccountPage } from '../features/billing';
import { AuditPage, InvitationPage, OrganizationPage } from '../features/orgs';
import { SecurityPage } from '../features/security';
import { YourDataSection } from '../features/privacy';
import { ProjectsPage } from '../features/projects';
import { ConfirmEmailChangePage, ResetPasswordPage, VerifyEmailPage } from '../features/recovery';
import { WorkspacePage } from '../features/workspace';
import { SessionProvider, useSession } from '../shared/auth/session';
import { StepUpProvider } from '../shared/auth/StepUp';
import { OrganizationProvider, useOrganizations } from '../shared/org/OrganizationContext';
import { Loading } from '../shared/ui/States';
import { ToastProvider } from '../shared/ui/Toasts';
import { NotFoundPage } from './NotFoundPage';
/**
 * Pages that need an account: while signed out they send you to sign-in and back here after.
 * They wait for the list of organisations, and start afresh (loading their data again) when
 * another organisation is chosen. The Assistant's due nudges show on all of them.
 */
function RequireSession({ children }) {
    const { status } = useSession();
    const organizations = useOrganizations();
    const location = useLocation();
    if (status === 'loading')
        return _jsx(Loading, { className: "h-full" });
    if (status === 'signed-out') {
        const next = location.pathname + location.search;
        return _jsx(Navigate, { to: `/signin?next=${encodeURIComponent(next)}`, replace: true });
    }
    if (organizations.status === 'loading')
        return _jsx(Loading, { className: "h-full" });
    return (_jsxs(Fragment, { children: [children, _jsx(AppNudges, {})] }, organizations.current?.id ?? 'personal'));
}
function Home() {
    const { status } = useSession();
    if (status === 'loading')
        return _jsx(Loading, { className: "h-full" });
    return _jsx(Navigate, { to: status === 'signed-in' ? '/projects' : '/signin', replace: true });
}
/** Keeps focus sensible on route changes: the new page's main region, for screen readers. */
function FocusOnNavigate() {
    const location = useLocation();
    useEffect(() => {
        document.getElementById('main')?.focus({ preventScroll: true });
    }, [location.pathname]);
    return null;
}
/** Pages about one account's things: a deliberate sign-out leaves them for the sign-in page. */
const LEAVE_ON_SIGN_OUT = ['/projects', '/account', '/orgs/', '/settings/', '/assistant'];
/** After a deliberate sign-out, leave the page you were on. */
function SignOutRedirect() {
    const { status, expired } = useSession();
    const navigate = useNavigate();
    const location = useLocation();
    useEffect(() => {
        if (status === 'signed-out' && !expired && LEAVE_ON_SIGN_OUT.some((prefix) => location.pathname.startsWith(prefix))) {
            navigate('/signin', { replace: true });
        }
    }, [status, expired, location.pathname, navigate]);
    return null;
}
export function App() {
    return (_jsx(BrowserRouter, { children: _jsx(SessionProvider, { children: _jsx(StepUpProvider, { children: _jsx(OrganizationProvider, { children: _jsxs(ToastProvider, { children: [_jsx(FocusOnNavigate, {}), _jsx(SignOutRedirect, {}), _jsxs(Routes, { children: [_jsx(Route, { path: "/", element: _jsx(Home, {}) }), _jsx(Route, { path: "/signin", element: _jsx(SignInPage, {}) }), _jsx(Route, { path: "/register", element: _jsx(RegisterPage, {}) }), _jsx(Route, { path: "/signin/complete", element: _jsx(SignInCompletePage, {}) }), _jsx(Route, { path: "/reset-password", element: _jsx(ResetPasswordPage, {}) }), _jsx(Route, { path: "/verify-email", element: _jsx(VerifyEmailPage, {}) }), _jsx(Route, { path: "/confirm-email-change", element: _jsx(ConfirmEmailChangePage, {}) }), _jsx(Route, { path: "/projects", element: _jsx(RequireSession, { children: _jsx(ProjectsPage, {}) }) }), _jsx(Route, { path: "/projects/:projectId", element: _jsx(RequireSession, { children: _jsx(WorkspacePage, {}) }) }), _jsx(Route, { path: "/account", element: _jsx(RequireSession, { children: _jsx(AccountPage, { children: _jsx(YourDataSection, {}) }) }) }), _jsx(Route, { path: "/assistant", element: _jsx(RequireSession, { children: _jsx(AssistantPage, {}) }) }), _jsx(Route, { path: "/assistant/memory", element: _jsx(RequireSession, { children: _jsx(AssistantMemoryPage, {}) }) }), _jsx(Route, { path: "/assistant/settings", element: _jsx(RequireSession, { children: _jsx(AssistantSettingsPage, {}) }) }), _jsx(Route, { path: "/assistant/sms", element: _jsx(RequireSession, { children: _jsx(AssistantSmsPage, {}) }) }), _jsx(Route, { path: "/settings/security", element: _jsx(RequireSession, { children: _jsx(SecurityPage, {}) }) }), _jsx(Route, { path: "/orgs/:org", element: _jsx(RequireSession, { children: _jsx(OrganizationPage, {}) }) }), _jsx(Route, { path: "/orgs/:org/audit", element: _jsx(RequireSession, { children: _jsx(AuditPage, {}) }) }), _jsx(Route, { path: "/invitations/:token", element: _jsx(RequireSession, { children: _jsx(InvitationPage, {}) }) }), _jsx(Route, { path: "*", element: _jsx(NotFoundPage, {}) })] })] }) }) }) }) }));
}
