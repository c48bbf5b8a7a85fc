import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../shared/auth/session';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';

/**
 * The second step of signing in to an account with MFA: a code from the authenticator app (or a
 * recovery code) answers the challenge the first step returned.
 */
export function SecondFactorStep({
  challenge,
  onSignedIn,
}: {
  challenge: string;
  methods: string[];
  onSignedIn: () => void;
}) {
  const { t } = useTranslation();
  const { completeSecondFactor } = useSession();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await completeSecondFactor(challenge, code.trim());
      onSignedIn();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t('mfa.challenge.code')}
        name="code"
        autoComplete="one-time-code"
        inputMode="text"
        required
        autoFocus
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <ErrorAlert error={error} />
      <Button type="submit" variant="primary" busy={busy} className="w-full">
        {t('mfa.challenge.submit')}
      </Button>
    </form>
  );
}
