import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { isStepUpCancelled, useStepUp } from '../../shared/auth/StepUp';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert } from '../../shared/ui/States';
import { securityApi } from './api';

/** Change the password: the current one proves it's you; every other device is signed out. */
export function PasswordSection() {
  const { t } = useTranslation();
  const { stepUp } = useStepUp();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState<number | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    setError(null);
    if (next !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      // Without the current password, a session older than 5 minutes is asked to confirm first.
      const { otherSessionsEnded } = await stepUp(() => securityApi.changePassword(current, next));
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(otherSessionsEnded);
    } catch (err) {
      if (!isStepUpCancelled(err)) setError(err);
    } finally {
      setBusy(false);
    }
  };

  const wrongCurrent = isApiError(error) && error.code === 'invalid-password' ? t('security.password.wrongCurrent') : undefined;

  return (
    <Section title={t('security.password.title')} testId="password">
      <form onSubmit={submit} noValidate className="flex max-w-md flex-col gap-4">
        <TextField
          label={t('security.password.current')}
          type="password"
          name="current-password"
          autoComplete="current-password"
          hint={t('security.password.currentHint')}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={wrongCurrent}
        />
        <TextField
          label={t('security.password.new')}
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          hint={t('security.password.policy')}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={fieldMessage(t, error, 'newPassword')}
        />
        <TextField
          label={t('security.password.confirm')}
          type="password"
          name="confirm-password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={mismatch ? t('security.password.mismatch') : undefined}
        />
        {!wrongCurrent && <ErrorAlert error={error} />}
        {done !== null && (
          <p role="status" className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg">
            {t('security.password.changed', { count: done })}
          </p>
        )}
        <div>
          <Button type="submit" variant="primary" busy={busy}>
            {t('security.password.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
