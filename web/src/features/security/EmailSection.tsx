import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { useSession } from '../../shared/auth/session';
import { isStepUpCancelled, useStepUp } from '../../shared/auth/StepUp';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert } from '../../shared/ui/States';
import { securityApi } from './api';

/** The account's address: whether it is confirmed (with a new link if not), and moving to another one. */
export function EmailSection() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { stepUp } = useStepUp();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [resent, setResent] = useState(false);

  const change = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setPending(null);
    try {
      const { pendingEmail } = await stepUp(() => securityApi.changeEmail(email.trim()));
      setPending(pendingEmail);
      setEmail('');
    } catch (err) {
      if (!isStepUpCancelled(err)) setError(err);
    } finally {
      setBusy(false);
    }
  };

  const resend = async () => {
    setError(null);
    try {
      await securityApi.resendVerification();
      setResent(true);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Section title={t('security.email.title')} testId="email">
      <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-fg">
        <span className="font-medium break-all">{user?.email}</span>
        {user?.emailVerified === false ? (
          <>
            <span className="rounded-full bg-warn-bg px-2 py-0.5 text-xs font-semibold text-warn">
              {t('security.email.unverified')}
            </span>
            {resent ? (
              <span role="status" className="text-muted">
                {t('security.email.resent')}
              </span>
            ) : (
              <Button size="sm" variant="ghost" onClick={() => void resend()}>
                {t('security.email.resend')}
              </Button>
            )}
          </>
        ) : (
          <span className="rounded-full bg-surface-2 px-2 py-0.5 text-xs font-semibold text-muted">
            {t('security.email.verified')}
          </span>
        )}
      </p>
      <form onSubmit={change} noValidate className="flex max-w-md flex-col gap-4">
        <TextField
          label={t('security.email.newEmail')}
          type="email"
          name="new-email"
          autoComplete="email"
          hint={t('security.email.hint')}
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldMessage(t, error, 'email')}
        />
        <ErrorAlert error={fieldMessage(t, error, 'email') ? null : error} />
        {pending && (
          <p role="status" className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg">
            {t('security.email.sent', { email: pending })}
          </p>
        )}
        <div>
          <Button type="submit" variant="primary" busy={busy} disabled={!email.trim()}>
            {t('security.email.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
