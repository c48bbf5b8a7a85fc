import { Fragment, lazy, Suspense, useEffect } from 'react';
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

/** Only platform admins open it: its charts library loads with it, not with the app. */
const AdminConsole = lazy(() => import('../features/admin'));

/**
 * Pages that need an account: while signed out they send you to sign-in and back here after.
 * They wait for the list of organisations, and start afresh (loading their data again) when
 * another organisation is chosen. The Assistant's due nudges show on all of them.
 */
function RequireSession({ children }: { children: React.ReactNode }) {
  const { status } = useSession();
  const organizations = useOrganizations();
  const location = useLocation();
  if (status === 'loading') return <Loading className="h-full" />;
  if (status === 'signed-out') {
    const next = location.pathname + location.search;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  if (organizations.status === 'loading') return <Loading className="h-full" />;
  return (
    <Fragment key={organizations.current?.id ?? 'personal'}>
      {children}
      <AppNudges />
    </Fragment>
  );
}

function Home() {
  const { status } = useSession();
  if (status === 'loading') return <Loading className="h-full" />;
  return <Navigate to={status === 'signed-in' ? '/projects' : '/signin'} replace />;
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
const LEAVE_ON_SIGN_OUT = ['/projects', '/account', '/orgs/', '/settings/', '/assistant', '/admin'];

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
  return (
    <BrowserRouter>
      <SessionProvider>
        <StepUpProvider>
          <OrganizationProvider>
            <ToastProvider>
              <FocusOnNavigate />
              <SignOutRedirect />
              <Routes>
                <Route path="/" element={<Home />} />
                <Route path="/signin" element={<SignInPage />} />
                <Route path="/register" element={<RegisterPage />} />
                <Route path="/signin/complete" element={<SignInCompletePage />} />
                <Route path="/reset-password" element={<ResetPasswordPage />} />
                <Route path="/verify-email" element={<VerifyEmailPage />} />
                <Route path="/confirm-email-change" element={<ConfirmEmailChangePage />} />
                <Route
                  path="/projects"
                  element={
                    <RequireSession>
                      <ProjectsPage />
                    </RequireSession>
                  }
                />
                <Route
                  path="/projects/:projectId"
                  element={
                    <RequireSession>
                      <WorkspacePage />
                    </RequireSession>
                  }
                />
                <Route
                  path="/account"
                  element={
                    <RequireSession>
                      <AccountPage>
                        <YourDataSection />
                      </AccountPage>
                    </RequireSession>
                  }
                />
                <Route
                  path="/assistant"
                  element={
                    <RequireSession>
                      <AssistantPage />
                    </RequireSession>
                  }
                />
                <Route
                  path="/assistant/memory"
                  element={
                    <RequireSession>
                      <AssistantMemoryPage />
                    </RequireSession>
                  }
                />
                <Route
                  path="/assistant/settings"
                  element={
                    <RequireSession>
                      <AssistantSettingsPage />
                    </RequireSession>
                  }
                />
                <Route
                  path="/assistant/sms"
                  element={
                    <RequireSession>
                      <AssistantSmsPage />
                    </RequireSession>
                  }
                />
                <Route
                  path="/settings/security"
                  element={
                    <RequireSession>
                      <SecurityPage />
                    </RequireSession>
                  }
                />
                <Route
                  path="/orgs/:org"
                  element={
                    <RequireSession>
                      <OrganizationPage />
                    </RequireSession>
                  }
                />
                <Route
                  path="/orgs/:org/audit"
                  element={
                    <RequireSession>
                      <AuditPage />
                    </RequireSession>
                  }
                />
                <Route
                  path="/invitations/:token"
                  element={
                    <RequireSession>
                      <InvitationPage />
                    </RequireSession>
                  }
                />
                <Route
                  path="/admin/*"
                  element={
                    <RequireSession>
                      <Suspense fallback={<Loading className="h-full" />}>
                        <AdminConsole />
                      </Suspense>
                    </RequireSession>
                  }
                />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </ToastProvider>
          </OrganizationProvider>
        </StepUpProvider>
      </SessionProvider>
    </BrowserRouter>
  );
}
