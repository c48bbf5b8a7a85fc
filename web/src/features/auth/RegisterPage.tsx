import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api } from '../../shared/api/endpoints';
import { useSession } from '../../shared/auth/session';
import { AuthLayout } from './AuthLayout';
import { CredentialsForm, useCredentialsForm } from './CredentialsForm';
import { nextPath } from './nextPath';
import { OtherWaysIn } from './OtherWaysIn';

export function RegisterPage() {
  const { t } = useTranslation();
  const { signIn, status } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const form = useCredentialsForm(async ({ email, password }) => {
    const registration = await api.register(email, password);
    if (registration.emailVerification === 'required') {
      // No session until the address is confirmed: the recovery pages say to check the mailbox.
      navigate('/verify-email', { replace: true, state: { email } });
      return 'leaving';
    }
    // The answer is the same for an address that already has an account: signing in tells.
    await signIn(email, password);
    navigate(nextPath(location.search), { replace: true });
    return 'leaving';
  });

  if (status === 'signed-in' && !form.busy) return <Navigate to="/projects" replace />;

  return (
    <AuthLayout title={t('auth.register.title')} subtitle={t('auth.register.subtitle')}>
      <CredentialsForm
        form={form}
        newPassword
        passwordHint={t('auth.register.passwordHint')}
        submitLabel={t('auth.register.submit')}
      />
      <OtherWaysIn
        next={nextPath(location.search)}
        question={t('auth.register.haveAccount')}
        linkLabel={t('auth.register.signIn')}
        linkTo={`/signin${location.search}`}
      />
    </AuthLayout>
  );
}
