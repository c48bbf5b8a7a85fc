import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { api } from '../../shared/api/endpoints';
import { fieldMessage } from '../../shared/api/messages';
import { useSession } from '../../shared/auth/session';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { AuthLayout } from './AuthLayout';
import { nextPath } from './nextPath';
import { ProviderButtons } from './ProviderButtons';

export function RegisterPage() {
  const { t } = useTranslation();
  const { signIn, status } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (status === 'signed-in' && !busy) return <Navigate to="/projects" replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const registration = await api.register(email.trim(), password);
      if (registration.emailVerification === 'required') {
        // No session until the address is confirmed: the recovery pages say to check the mailbox.
        navigate('/verify-email', { replace: true, state: { email: email.trim() } });
        return;
      }
      // The answer is the same for an address that already has an account: signing in tells.
      await signIn(email.trim(), password);
      navigate(nextPath(location.search), { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t('auth.register.title')} subtitle={t('auth.register.subtitle')}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <TextField
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldMessage(t, error, 'email')}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint={t('auth.register.passwordHint')}
          error={fieldMessage(t, error, 'password')}
        />
        <ErrorAlert error={error} />
        <Button type="submit" variant="primary" busy={busy} className="w-full">
          {t('auth.register.submit')}
        </Button>
      </form>
      <ProviderButtons next={nextPath(location.search)} />
      <p className="mt-6 text-center text-sm text-muted">
        {t('auth.register.haveAccount')}{' '}
        <Link to={`/signin${location.search}`} className="font-medium text-link underline-offset-2 hover:underline">
          {t('auth.register.signIn')}
        </Link>
      </p>
    </AuthLayout>
  );
}
