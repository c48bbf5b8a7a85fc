import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../shared/api/endpoints';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { useSession } from '../../shared/auth/session';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { AuthLayout } from './AuthLayout';
import { ProviderButtons } from './ProviderButtons';
import { SecondFactorScreen } from './SecondFactorStep';
import { readCompletion, type SignInCompletion } from './signInFragment';

const PROVIDER_NAMES: Record<string, string> = { google: 'Google', github: 'GitHub', apple: 'Apple' };

/** A provider's error code, in words; unknown codes get the generic provider message. */
export function providerErrorMessage(t: TFunction, code: string): string {
  return t(`oauth.errors.${code}`, { defaultValue: t('oauth.errors.provider-error') });
}

/**
 * Where the server sends the browser after a provider's sign-in. The outcome is in the URL
 * fragment (never sent to a server); it is read once and removed from the address bar, so a
 * reload or the history cannot replay a challenge or a link ticket.
 */
export function SignInCompletePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { adoptServerSession } = useSession();
  const [completion] = useState<SignInCompletion>(() => readCompletion(window.location.hash));
  const [failure, setFailure] = useState<unknown>(null);
  const adopted = useRef(false);

  useEffect(() => {
    window.history.replaceState(null, '', window.location.pathname);
  }, []);

  useEffect(() => {
    if (completion.kind !== 'signed-in' || adopted.current) return;
    adopted.current = true;
    adoptServerSession()
      .then(() => navigate(completion.next, { replace: true }))
      .catch((err: unknown) => setFailure(err));
  }, [completion, adoptServerSession, navigate]);

  if (completion.kind === 'mfa') {
    return (
      <SecondFactorScreen
        challenge={completion.challenge}
        methods={completion.methods}
        onSignedIn={() => navigate(completion.next, { replace: true })}
      />
    );
  }

  if (completion.kind === 'link') {
    return <LinkStep completion={completion} />;
  }

  if (completion.kind === 'error' || failure) {
    return (
      <AuthLayout title={t('oauth.complete.failedTitle')}>
        <div role="alert" className="rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger">
          {completion.kind === 'error' ? providerErrorMessage(t, completion.code) : describeError(t, failure)}
        </div>
        <p className="mt-6 text-center text-sm">
          <Link to="/signin" className="font-medium text-link underline-offset-2 hover:underline">
            {t('oauth.complete.backToSignIn')}
          </Link>
        </p>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('oauth.complete.title')}>
      <p role="status" className="text-sm text-muted">
        {t('oauth.complete.working')}
      </p>
    </AuthLayout>
  );
}

/** The account exists: its password links the provider to it and signs in (or asks for the second factor). */
function LinkStep({ completion }: { completion: Extract<SignInCompletion, { kind: 'link' }> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { adoptServerSession } = useSession();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [challenge, setChallenge] = useState<{ challenge: string; methods: string[] } | null>(null);
  const provider = PROVIDER_NAMES[completion.provider] ?? completion.provider;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.confirmProviderLink(completion.ticket, password);
      if (result.kind === 'mfa-required') {
        setChallenge({ challenge: result.challenge, methods: result.methods });
        setBusy(false);
        return;
      }
      // The tokens are in the client; this loads the account into the session.
      await adoptServerSession();
      navigate(completion.next, { replace: true });
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
        onSignedIn={() => navigate(completion.next, { replace: true })}
      />
    );
  }

  return (
    <AuthLayout
      title={t('oauth.link.title', { provider })}
      subtitle={
        completion.password
          ? t('oauth.link.subtitle', { provider, email: completion.email })
          : t('oauth.link.subtitleProviders', { provider, email: completion.email })
      }
    >
      {completion.password && (
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <TextField
            label={t('oauth.link.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <ErrorAlert
            error={error}
            describe={(err) =>
              isApiError(err) && t(`oauth.errors.${err.code}`, { defaultValue: '' })
                ? t(`oauth.errors.${err.code}`)
                : describeError(t, err)
            }
          />
          <Button type="submit" variant="primary" busy={busy} className="w-full">
            {t('oauth.link.submit')}
          </Button>
        </form>
      )}
      {completion.via.length > 0 && (
        <ProviderButtons next={completion.next} only={completion.via} linkTicket={completion.ticket} />
      )}
      <p className="mt-6 text-center text-sm">
        <Link to="/signin" className="font-medium text-link underline-offset-2 hover:underline">
          {t('oauth.link.cancel')}
        </Link>
      </p>
    </AuthLayout>
  );
}
