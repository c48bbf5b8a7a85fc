import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { fieldMessage } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { useSession } from '../../shared/auth/session';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { AuthLayout } from './AuthLayout';
import { nextPath } from './nextPath';
import { ProviderButtons } from './ProviderButtons';
import { SecondFactorScreen } from './SecondFactorStep';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn, status, expired } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [challenge, setChallenge] = useState<{ challenge: string; methods: string[] } | null>(null);
  const target = nextPath(location.search);

  if (status === 'signed-in' && !busy) return <Navigate to={target} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await signIn(email.trim(), password);
      if (result.kind === 'mfa-required') {
        setChallenge({ challenge: result.challenge, methods: result.methods });
        setBusy(false);
        return;
      }
      navigate(target, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  if (challenge) {
    return (
      <SecondFactorScreen
        challenge={challenge.challenge}
        methods={challenge.methods}
        onSignedIn={() => navigate(target, { replace: true })}
        onStartOver={() => setChallenge(null)}
      />
    );
  }

  return (
    <AuthLayout title={t('auth.signIn.title')} subtitle={t('auth.signIn.subtitle')}>
      {(location.state as { notice?: unknown } | null)?.notice === 'password-reset' && (
        <p role="status" className="mb-4 rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg">
          {t('recovery.reset.done')}
        </p>
      )}
      {expired && (
        <p role="status" className="mb-4 rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-warn">
          {t('auth.expired')}
        </p>
      )}
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
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldMessage(t, error, 'password')}
        />
        <Link to="/reset-password" className="-mt-2 self-end text-sm text-link underline-offset-2 hover:underline">
          {t('recovery.forgot')}
        </Link>
        <ErrorAlert error={error} />
        {isApiError(error) && error.code === 'email-not-verified' && (
          <Link
            to="/verify-email"
            state={{ email: email.trim() }}
            className="-mt-2 text-sm text-link underline-offset-2 hover:underline"
          >
            {t('recovery.verify.resend')}
          </Link>
        )}
        <Button type="submit" variant="primary" busy={busy} className="w-full">
          {t('auth.signIn.submit')}
        </Button>
      </form>
      <ProviderButtons next={target} />
      <p className="mt-6 text-center text-sm text-muted">
        {t('auth.signIn.noAccount')}{' '}
        <Link to={`/register${location.search}`} className="font-medium text-link underline-offset-2 hover:underline">
          {t('auth.signIn.register')}
        </Link>
      </p>
    </AuthLayout>
  );
}
