import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { useSession } from '../../shared/auth/session';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { AuthLayout } from './AuthLayout';

type Kind = 'totp' | 'recovery';

/**
 * The second step of signing in to an account with MFA: a code from the authenticator app, or one
 * of the recovery codes, answers the challenge the first step returned.
 */
export function SecondFactorStep({
  challenge,
  methods,
  onSignedIn,
  onStartOver,
}: {
  challenge: string;
  methods: string[];
  onSignedIn: () => void;
  /** Back to the password step; without it, a link to the sign-in page. */
  onStartOver?: () => void;
}) {
  const { t } = useTranslation();
  const { completeSecondFactor } = useSession();
  const canUseTotp = methods.includes('totp') || methods.length === 0;
  const canUseRecovery = methods.includes('recovery_code');
  const [kind, setKind] = useState<Kind>(canUseTotp ? 'totp' : 'recovery');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const expired = isApiError(error) && error.code === 'invalid-challenge';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answer = kind === 'totp' ? code.replace(/\s+/g, '') : code.trim();
    if (!answer) return;
    setBusy(true);
    setError(null);
    try {
      await completeSecondFactor(challenge, answer);
      onSignedIn();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const switchTo = (next: Kind) => {
    setKind(next);
    setCode('');
    setError(null);
  };

  const describe = (err: unknown): string => {
    if (isApiError(err)) {
      if (err.status === 429) return t('mfa.errors.tooManyAttempts', { count: err.retryAfterSeconds ?? 60 });
      if (err.code === 'invalid-code') {
        return kind === 'totp' ? t('mfa.errors.wrongCode') : t('mfa.errors.wrongRecoveryCode');
      }
      if (err.code === 'invalid-challenge') return t('mfa.errors.expired');
    }
    return describeError(t, err);
  };

  const startOver = onStartOver ? (
    <button type="button" onClick={onStartOver} className="font-medium text-link underline-offset-2 hover:underline">
      {t('mfa.challenge.startOver')}
    </button>
  ) : (
    <Link to="/signin" className="font-medium text-link underline-offset-2 hover:underline">
      {t('mfa.challenge.startOver')}
    </Link>
  );

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {kind === 'totp' ? (
        <TextField
          key="totp"
          label={t('mfa.challenge.totpLabel')}
          hint={t('mfa.challenge.totpHint')}
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          autoFocus
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      ) : (
        <TextField
          key="recovery"
          label={t('mfa.challenge.recoveryLabel')}
          hint={t('mfa.challenge.recoveryHint')}
          name="recoveryCode"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          inputMode="text"
          maxLength={64}
          required
          autoFocus
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      )}
      <ErrorAlert error={error} describe={describe} />
      <Button type="submit" variant="primary" busy={busy} disabled={expired} className="w-full">
        {t('mfa.challenge.submit')}
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        {kind === 'totp' && canUseRecovery && (
          <button
            type="button"
            onClick={() => switchTo('recovery')}
            className="font-medium text-link underline-offset-2 hover:underline"
          >
            {t('mfa.challenge.useRecovery')}
          </button>
        )}
        {kind === 'recovery' && canUseTotp && (
          <button
            type="button"
            onClick={() => switchTo('totp')}
            className="font-medium text-link underline-offset-2 hover:underline"
          >
            {t('mfa.challenge.useTotp')}
          </button>
        )}
        {startOver}
      </div>
    </form>
  );
}

/** The whole page of the second step, titled, for the sign-in and provider-completion pages. */
export function SecondFactorScreen(props: {
  challenge: string;
  methods: string[];
  onSignedIn: () => void;
  onStartOver?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('mfa.challenge.title')} subtitle={t('mfa.challenge.subtitle')}>
      <SecondFactorStep {...props} />
    </AuthLayout>
  );
}
