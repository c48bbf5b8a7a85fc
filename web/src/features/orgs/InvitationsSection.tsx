import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoader } from '../../shared/api/useLoader';
import { dateTime } from '../../shared/format/format';
import type { Organization } from '../../shared/org/types';
import { Button } from '../../shared/ui/Button';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { orgApi, type Invitation } from './api';
import { InviteForm } from './InviteForm';
import { InviteResult } from './InviteResult';
import { problemText } from '../../shared/org/problemText';

/** Inviting people, and the invitations nobody has accepted yet (which can be withdrawn). */
export function InvitationsSection({ organization }: { organization: Organization }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const toast = useToast();
  const fetchInvitations = useCallback((signal?: AbortSignal) => orgApi.invitations(organization.id, signal), [organization.id]);
  const { data, setData, error, reload } = useLoader(fetchInvitations);
  const [latest, setLatest] = useState<Invitation | null>(null);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [withdrawError, setWithdrawError] = useState<unknown>(null);

  const withdraw = async (invitation: Invitation) => {
    setWithdrawing(invitation.id);
    setWithdrawError(null);
    try {
      await orgApi.withdraw(organization.id, invitation.id);
      setData((d) => d && { items: d.items.filter((i) => i.id !== invitation.id) });
      if (latest?.id === invitation.id) setLatest(null);
      toast(t('invitations.withdrawn', { email: invitation.email }));
    } catch (e) {
      setWithdrawError(e);
    } finally {
      setWithdrawing(null);
    }
  };

  const pending = data?.items ?? null;

  return (
    <Section title={t('invitations.title')} testId="org-invitations">
      <div className="flex flex-col gap-4">
        <InviteForm
          organization={organization}
          onInvited={(invitation) => {
            setLatest(invitation);
            setData((d) => d && { items: [invitation, ...d.items.filter((i) => i.id !== invitation.id)] });
          }}
        />
        {latest && <InviteResult invitation={latest} />}
        <div>
          <h3 className="mb-2 text-sm font-semibold text-fg">{t('invitations.pending')}</h3>
          {error != null && <ErrorAlert error={error} onRetry={reload} />}
          {pending === null && error == null && <Loading />}
          <ErrorAlert error={withdrawError} describe={(e) => problemText(t, e)} className="mb-2" />
          {pending !== null && pending.length === 0 && <p className="text-sm text-muted">{t('invitations.none')}</p>}
          {pending !== null && pending.length > 0 && (
            <ul className="flex flex-col divide-y divide-border" aria-label={t('invitations.pending')}>
              {pending.map((invitation) => (
                <li key={invitation.id} data-testid="invitation-row" className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                  <div className="min-w-0 flex-1 basis-48">
                    <p className="font-medium break-words text-fg">
                      {invitation.email} <span className="text-sm font-normal text-muted">· {t(`roles.${invitation.role}`)}</span>
                    </p>
                    <p className="text-xs text-muted">
                      {t('invitations.meta', {
                        by: invitation.invitedBy,
                        expires: dateTime(invitation.expiresAt, lang),
                      })}
                    </p>
                  </div>
                  <Button
                    size="sm"
                    variant="ghostDanger"
                    busy={withdrawing === invitation.id}
                    disabled={withdrawing !== null}
                    onClick={() => void withdraw(invitation)}
                    aria-label={t('invitations.withdrawLabel', { email: invitation.email })}
                  >
                    {t('invitations.withdraw')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Section>
  );
}
