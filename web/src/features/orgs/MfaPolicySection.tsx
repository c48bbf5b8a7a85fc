import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import type { MfaPolicy, Organization } from '../../shared/org/types';
import { Button } from '../../shared/ui/Button';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert } from '../../shared/ui/States';
import { orgApi } from './api';

const POLICIES: MfaPolicy[] = ['none', 'admins', 'everyone'];

/**
 * Whom the organisation requires two-factor authentication of: owners choose; everyone else sees the
 * rule that applies to them.
 */
export function MfaPolicySection({
  organization,
  onChanged,
}: {
  organization: Organization;
  onChanged: (policy: MfaPolicy) => void;
}) {
  const { t } = useTranslation();
  const current = organization.mfaPolicy ?? 'none';
  const [choice, setChoice] = useState<MfaPolicy>(current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const isOwner = organization.role === 'owner';

  if (!isOwner) {
    return (
      <Section title={t('mfa.policy.title')} testId="org-mfa-policy">
        <p className="text-sm text-muted">{t('mfa.policy.legend')}</p>
        <p className="mt-1 text-sm text-fg">{t(`mfa.policy.${current}`)}</p>
      </Section>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const policy = await orgApi.setMfaPolicy(organization.id, choice);
      setSaved(true);
      onChanged(policy);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const enrolFirst = isApiError(error) && error.code === 'enrol-first';

  return (
    <Section title={t('mfa.policy.title')} testId="org-mfa-policy">
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm text-muted">{t('mfa.policy.legend')}</legend>
          {POLICIES.map((policy) => (
            <label key={policy} className="flex items-start gap-2 text-sm text-fg">
              <input
                type="radio"
                name="mfaPolicy"
                value={policy}
                checked={choice === policy}
                onChange={() => setChoice(policy)}
                className="mt-1"
              />
              <span>{t(`mfa.policy.${policy}`)}</span>
            </label>
          ))}
        </fieldset>
        {enrolFirst ? (
          <div
            role="alert"
            className="flex flex-col gap-1 rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-warn"
          >
            <p>{t('mfa.policy.enrolFirst')}</p>
            <Link to="/settings/security" className="self-start font-medium underline underline-offset-2">
              {t('mfa.enrolmentRequired.link')}
            </Link>
          </div>
        ) : (
          <ErrorAlert error={error} describe={(err) => describeError(t, err)} />
        )}
        <div className="flex items-center gap-3">
          <Button type="submit" variant="primary" busy={busy} disabled={choice === current}>
            {t('common.save')}
          </Button>
          {saved && choice === current && (
            <span role="status" className="text-sm text-success">
              {t('mfa.policy.saved')}
            </span>
          )}
        </div>
      </form>
    </Section>
  );
}
