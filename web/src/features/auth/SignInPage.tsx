import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { useSession } from '../../shared/auth/session';
import { AuthLayout } from './AuthLayout';
import { CredentialsForm, useCredentialsForm } from './CredentialsForm';
import { nextPath } from './nextPath';
import { OtherWaysIn } from './OtherWaysIn';
import { SecondFactorScreen } from './SecondFactorStep';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn, status, expired } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [challenge, setChallenge] = useState<{ challenge: string; methods: string[] } | null>(null);
  const target = nextPath(location.search);
  const form = useCredentialsForm(async ({ email, password }) => {
    const result = await signIn(email, password);
    if (result.kind === 'mfa-required') {
      setChallenge({ challenge: result.challenge, methods: result.methods });
      return 'again';
    }
    navigate(target, { replace: true });
    return 'leaving';
  });

  if (status === 'signed-in' && !form.busy) return <Navigate to={target} replace />;

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
      <CredentialsForm
        form={form}
        submitLabel={t('auth.signIn.submit')}
        afterPassword={
          <Link to="/reset-password" className="-mt-2 self-end text-sm text-link underline-offset-2 hover:underline">
            {t('recovery.forgot')}
          </Link>
        }
        afterError={
          isApiError(form.error) &&
          form.error.code === 'email-not-verified' && (
            <Link
              to="/verify-email"
              state={{ email: form.email.trim() }}
              className="-mt-2 text-sm text-link underline-offset-2 hover:underline"
            >
              {t('recovery.verify.resend')}
            </Link>
          )
        }
      />
      <OtherWaysIn
        next={target}
        question={t('auth.signIn.noAccount')}
        linkLabel={t('auth.signIn.register')}
        linkTo={`/register${location.search}`}
      />
    </AuthLayout>
  );
}
