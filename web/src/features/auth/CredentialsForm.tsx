import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';

export interface Credentials {
  /** Trimmed: a pasted address often carries a space. */
  email: string;
  password: string;
}

/**
 * What an action tells the form once it succeeded: `leaving` keeps it busy while the page
 * navigates away (a signed-in session must not redirect first), `again` frees it for another step.
 */
export type Outcome = 'leaving' | 'again';

/** The state of an email-and-password form: its fields, and an action that runs one at a time. */
export function useCredentialsForm(action: (credentials: Credentials) => Promise<Outcome>) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if ((await action({ email: email.trim(), password })) === 'again') setBusy(false);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return { email, setEmail, password, setPassword, busy, error, submit };
}

export type CredentialsFormState = ReturnType<typeof useCredentialsForm>;

/**
 * The email and password form of sign-in and sign-up: the server's field errors beside their
 * field, any other error above the button. `afterPassword` and `afterError` hold what only one of
 * the pages has (the forgotten-password link, the link to confirm an address).
 */
export function CredentialsForm({
  form,
  newPassword = false,
  passwordHint,
  afterPassword,
  afterError,
  submitLabel,
}: {
  form: CredentialsFormState;
  /** Sign-up: the browser offers to generate and save a password rather than fill a saved one. */
  newPassword?: boolean;
  passwordHint?: string;
  afterPassword?: ReactNode;
  afterError?: ReactNode;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={form.submit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t('auth.email')}
        type="email"
        name="email"
        autoComplete="email"
        required
        value={form.email}
        onChange={(e) => form.setEmail(e.target.value)}
        error={fieldMessage(t, form.error, 'email')}
      />
      <TextField
        label={t('auth.password')}
        type="password"
        name="password"
        autoComplete={newPassword ? 'new-password' : 'current-password'}
        required
        value={form.password}
        onChange={(e) => form.setPassword(e.target.value)}
        hint={passwordHint}
        error={fieldMessage(t, form.error, 'password')}
      />
      {afterPassword}
      <ErrorAlert error={form.error} />
      {afterError}
      <Button type="submit" variant="primary" busy={form.busy} className="w-full">
        {submitLabel}
      </Button>
    </form>
  );
}
