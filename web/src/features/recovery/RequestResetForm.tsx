import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldMessage } from '../../shared/api/messages';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { LINK_CLASS } from './links';
import { recoveryApi } from './recoveryApi';

/** Asks for a reset link; the answer never tells whether the address has an account. */
export function RequestResetForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await recoveryApi.requestReset(email.trim());
      setSentTo(email.trim());
      // Screen readers hear the outcome; keyboard users continue from it.
      setTimeout(() => statusRef.current?.focus(), 0);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (sentTo !== null) {
    return (
      <div className="flex flex-col gap-4">
        <p
          ref={statusRef}
          tabIndex={-1}
          role="status"
          className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg outline-none"
        >
          {t('recovery.request.sent', { email: sentTo })}
        </p>
        <Button type="button" onClick={() => setSentTo(null)} className="w-full">
          {t('recovery.request.again')}
        </Button>
        <p className="text-center text-sm">
          <Link to="/signin" className={LINK_CLASS}>
            {t('recovery.request.back')}
          </Link>
        </p>
      </div>
    );
  }

  return (
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
      <ErrorAlert error={error} />
      <Button type="submit" variant="primary" busy={busy} className="w-full">
        {t('recovery.request.submit')}
      </Button>
      <p className="text-center text-sm">
        <Link to="/signin" className={LINK_CLASS}>
          {t('recovery.request.back')}
        </Link>
      </p>
    </form>
  );
}
