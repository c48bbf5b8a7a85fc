import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { grantableRoles, type Role } from '../../shared/org/roles';
import type { Organization } from '../../shared/org/types';
import { Button } from '../../shared/ui/Button';
import { SelectField, TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { orgApi, type Invitation } from './api';
import { problemText } from '../../shared/org/problemText';

/** Invites someone by email with a role; inviting an owner is for owners only. */
export function InviteForm({
  organization,
  onInvited,
}: {
  organization: Organization;
  onInvited: (invitation: Invitation) => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const invitation = await orgApi.invite(organization.id, email.trim(), role);
      setEmail('');
      onInvited(invitation);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const emailError = fieldMessage(t, error, 'email');
  const roleError = fieldMessage(t, error, 'role');

  return (
    <form onSubmit={submit} noValidate aria-label={t('invitations.form')} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
        <TextField
          label={t('invitations.email')}
          type="email"
          name="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={emailError}
        />
        <SelectField
          label={t('invitations.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          error={roleError}
        >
          {grantableRoles(organization.role).map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="primary" busy={busy} disabled={!email.trim()}>
          {t('invitations.send')}
        </Button>
      </div>
      {!emailError && !roleError && <ErrorAlert error={error} describe={(e) => problemText(t, e)} />}
    </form>
  );
}
