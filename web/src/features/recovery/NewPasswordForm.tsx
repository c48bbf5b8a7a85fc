import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldMessage } from '../../shared/api/messages';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { isInvalidLink, LINK_CLASS, PASSWORD_RESET_NOTICE } from './links';
import { recoveryApi } from './recoveryApi';

/** The page an emailed reset link opens: a new password, twice; then sign in with it. */
export function NewPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== repeated) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    setError(null);
    try {
      await recoveryApi.confirmReset(token, password);
      navigate('/signin', { replace: true, state: { notice: PASSWORD_RESET_NOTICE } });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  if (isInvalidLink(error)) {
    return (
      <div className="flex flex-col gap-4">
        <p role="alert" className="rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger">
          {t('recovery.reset.invalidLink')}
        </p>
        <p className="text-center text-sm">
          <Link to="/reset-password" className={LINK_CLASS}>
            {t('recovery.reset.requestNew')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t('recovery.reset.newPassword')}
        type="password"
        name="new-password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        hint={t('recovery.reset.hint')}
        error={fieldMessage(t, error, 'newPassword')}
      />
      <TextField
        label={t('recovery.reset.repeat')}
        type="password"
        name="repeat-password"
        autoComplete="new-password"
        required
        value={repeated}
        onChange={(e) => setRepeated(e.target.value)}
        error={mismatch ? t('recovery.reset.mismatch') : undefined}
      />
      <ErrorAlert error={error} />
      <Button type="submit" variant="primary" busy={busy} className="w-full">
        {t('recovery.reset.submit')}
      </Button>
    </form>
  );
}
