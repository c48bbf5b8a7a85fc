import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/Button';
import { SelectField, TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { adminApi, type AdminOrganization } from './api';

/** Plan, credits and suspension of one organisation; each change is audited on the server. */
export function OrganizationActions({
  organization,
  plans,
  onChanged,
}: {
  organization: AdminOrganization;
  plans: { id: string; name: string }[];
  onChanged: (organization: AdminOrganization) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [plan, setPlan] = useState(organization.plan);
  const [credits, setCredits] = useState('');
  const [creditReason, setCreditReason] = useState('');
  const [suspendReason, setSuspendReason] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run(name: string, action: () => Promise<AdminOrganization>, done: string) {
    setBusy(name);
    setError(null);
    try {
      onChanged(await action());
      toast(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const submit = (name: string, action: () => Promise<AdminOrganization>, done: string) => (e: FormEvent) => {
    e.preventDefault();
    void run(name, action, done);
  };

  return (
    <Section title={t('admin.actions.title')} testId="admin-organization-actions">
      <div className="flex flex-col gap-5">
        <ErrorAlert error={error} />
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={submit('plan', () => adminApi.changePlan(organization.id, plan), t('admin.actions.planChanged'))}
        >
          <SelectField label={t('admin.organizations.plan')} value={plan} onChange={(e) => setPlan(e.target.value)}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <Button type="submit" busy={busy === 'plan'} disabled={plan === organization.plan}>
            {t('admin.actions.changePlan')}
          </Button>
        </form>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={submit(
            'credits',
            async () => {
              const result = await adminApi.adjustCredits(organization.id, credits.trim(), creditReason);
              setCredits('');
              setCreditReason('');
              return result;
            },
            t('admin.actions.creditsAdjusted'),
          )}
        >
          <TextField
            label={t('admin.actions.credits')}
            hint={t('admin.actions.creditsHint')}
            inputMode="decimal"
            required
            value={credits}
            onChange={(e) => setCredits(e.target.value)}
            className="w-32"
          />
          <div className="min-w-40 flex-1">
            <TextField
              label={t('admin.actions.reason')}
              required
              maxLength={500}
              value={creditReason}
              onChange={(e) => setCreditReason(e.target.value)}
            />
          </div>
          <Button type="submit" busy={busy === 'credits'}>
            {t('admin.actions.adjust')}
          </Button>
        </form>
        {organization.suspended ? (
          <div className="flex flex-wrap items-center gap-2">
            <p className="flex-1 text-sm text-danger">
              {t('admin.actions.suspendedBecause', { reason: organization.suspensionReason ?? '' })}
            </p>
            <Button
              busy={busy === 'unsuspend'}
              onClick={() => void run('unsuspend', () => adminApi.unsuspend(organization.id), t('admin.actions.unsuspended'))}
            >
              {t('admin.actions.unsuspend')}
            </Button>
          </div>
        ) : (
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={submit('suspend', () => adminApi.suspend(organization.id, suspendReason), t('admin.actions.suspendedDone'))}
          >
            <div className="min-w-40 flex-1">
              <TextField
                label={t('admin.actions.suspendReason')}
                required
                maxLength={500}
                value={suspendReason}
                onChange={(e) => setSuspendReason(e.target.value)}
              />
            </div>
            <Button type="submit" variant="danger" busy={busy === 'suspend'}>
              {t('admin.actions.suspend')}
            </Button>
          </form>
        )}
      </div>
    </Section>
  );
}
