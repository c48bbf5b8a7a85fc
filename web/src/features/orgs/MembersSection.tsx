import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoader } from '../../shared/api/useLoader';
import { useSession } from '../../shared/auth/session';
import { dateTime } from '../../shared/format/format';
import { atLeast, grantableRoles, type Role } from '../../shared/org/roles';
import type { Organization } from '../../shared/org/types';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { SelectField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { orgApi, type Member } from './api';
import { problemText } from '../../shared/org/problemText';

/**
 * Who is in the organisation. Admins and owners change roles and remove members; granting or
 * taking `owner` is for owners only, so an admin sees an owner's role as plain text.
 */
export function MembersSection({ organization, onMyRoleChanged }: { organization: Organization; onMyRoleChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const toast = useToast();
  const { user } = useSession();
  const fetchMembers = useCallback((signal?: AbortSignal) => orgApi.members(organization.id, signal), [organization.id]);
  const { data, setData, error, reload } = useLoader(fetchMembers);
  const [changeError, setChangeError] = useState<unknown>(null);
  const [changing, setChanging] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const myRole = organization.role;
  const canManage = atLeast(myRole, 'admin');

  const changeRole = async (member: Member, role: Role) => {
    setChanging(member.userId);
    setChangeError(null);
    try {
      const updated = await orgApi.changeRole(organization.id, member.userId, role);
      setData((d) => d && { items: d.items.map((m) => (m.userId === member.userId ? { ...m, ...updated, role } : m)) });
      toast(t('members.roleChanged', { email: member.email, role: t(`roles.${role}`) }));
      if (member.userId === user?.id) onMyRoleChanged();
    } catch (e) {
      setChangeError(e);
    } finally {
      setChanging(null);
    }
  };

  const members = data?.items ?? null;

  return (
    <Section title={t('members.title')} testId="org-members">
      {error != null && <ErrorAlert error={error} onRetry={reload} />}
      {members === null && error == null && <Loading />}
      {changeError != null && <ErrorAlert error={changeError} describe={(e) => problemText(t, e)} className="mb-3" />}
      {members !== null && (
        <ul className="flex flex-col divide-y divide-border" aria-label={t('members.listLabel')}>
          {members.map((member) => {
            const isMe = member.userId === user?.id;
            // Only an owner touches an owner's role; nobody removes themselves here (that is "Leave").
            const editable = canManage && !organization.personal && (member.role !== 'owner' || myRole === 'owner');
            return (
              <li key={member.userId} data-testid="member-row" className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
                <div className="min-w-0 flex-1 basis-48">
                  <p className="font-medium break-words text-fg">
                    {member.email}
                    {isMe && (
                      <span className="ml-2 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-fg">
                        {t('members.you')}
                      </span>
                    )}
                  </p>
                  <p className="text-xs text-muted">{t('members.joined', { when: dateTime(member.joinedAt, lang) })}</p>
                </div>
                {editable ? (
                  <div className="w-36">
                    <SelectField
                      label={t('members.roleOf', { email: member.email })}
                      hideLabel
                      value={member.role}
                      disabled={changing !== null}
                      onChange={(e) => void changeRole(member, e.target.value as Role)}
                    >
                      {grantableRoles(myRole).map((role) => (
                        <option key={role} value={role}>
                          {t(`roles.${role}`)}
                        </option>
                      ))}
                    </SelectField>
                  </div>
                ) : (
                  <span className="w-36 text-sm text-fg" data-testid="member-role">
                    {t(`roles.${member.role}`)}
                  </span>
                )}
                {editable && !isMe && (
                  <Button
                    size="sm"
                    variant="ghostDanger"
                    onClick={() => setRemoving(member)}
                    aria-label={t('members.removeLabel', { email: member.email })}
                  >
                    {t('members.remove')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {removing && (
        <ConfirmDialog
          title={t('members.removeTitle', { email: removing.email })}
          confirmLabel={t('members.remove')}
          danger
          describeError={(e) => problemText(t, e)}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await orgApi.removeMember(organization.id, removing.userId);
            setData((d) => d && { items: d.items.filter((m) => m.userId !== removing.userId) });
            toast(t('members.removed', { email: removing.email }));
          }}
        >
          {t('members.removeBody', { email: removing.email, name: organization.name })}
        </ConfirmDialog>
      )}
    </Section>
  );
}
