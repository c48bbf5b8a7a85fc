import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoader } from '../../shared/api/useLoader';
import { useSession } from '../../shared/auth/session';
import { dateTime } from '../../shared/format/format';
import { atLeast, grantableRoles } from '../../shared/org/roles';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { SelectField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { orgApi } from './api';
import { problemText } from '../../shared/org/problemText';
/**
 * Who is in the organisation. Admins and owners change roles and remove members; granting or
 * taking `owner` is for owners only, so an admin sees an owner's role as plain text.
 */
export function MembersSection({ organization, onMyRoleChanged, }) {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    const toast = useToast();
    const { user } = useSession();
    const fetchMembers = useCallback((signal) => orgApi.members(organization.id, signal), [organization.id]);
    const { data, setData, error, reload } = useLoader(fetchMembers);
    const [changeError, setChangeError] = useState(null);
    const [changing, setChanging] = useState(null);
    const [removing, setRemoving] = useState(null);
    const myRole = organization.role;
    const canManage = atLeast(myRole, 'admin');
    const changeRole = async (member, role) => {
        setChanging(member.userId);
        setChangeError(null);
        try {
            const updated = await orgApi.changeRole(organization.id, member.userId, role);
            setData((d) => d && { items: d.items.map((m) => (m.userId === member.userId ? { ...m, ...updated, role } : m)) });
            toast(t('members.roleChanged', { email: member.email, role: t(`roles.${role}`) }));
            if (member.userId === user?.id)
                onMyRoleChanged();
        }
        catch (e) {
            setChangeError(e);
        }
        finally {
            setChanging(null);
        }
    };
    const members = data?.items ?? null;
    return (_jsxs(Section, { title: t('members.title'), testId: "org-members", children: [error != null && _jsx(ErrorAlert, { error: error, onRetry: reload }), members === null && error == null && _jsx(Loading, {}), changeError != null && (_jsx(ErrorAlert, { error: changeError, describe: (e) => problemText(t, e), className: "mb-3" })), members !== null && (_jsx("ul", { className: "flex flex-col divide-y divide-border", "aria-label": t('members.listLabel'), children: members.map((member) => {
                    const isMe = member.userId === user?.id;
                    // Only an owner touches an owner's role; nobody removes themselves here (that is "Leave").
                    const editable = canManage && !organization.personal && (member.role !== 'owner' || myRole === 'owner');
                    return (_jsxs("li", { "data-testid": "member-row", className: "flex flex-wrap items-center gap-x-4 gap-y-2 py-3", children: [_jsxs("div", { className: "min-w-0 flex-1 basis-48", children: [_jsxs("p", { className: "font-medium break-words text-fg", children: [member.email, isMe && (_jsx("span", { className: "ml-2 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-fg", children: t('members.you') }))] }), _jsx("p", { className: "text-xs text-muted", children: t('members.joined', { when: dateTime(member.joinedAt, lang) }) })] }), editable ? (_jsx("div", { className: "w-36", children: _jsx(SelectField, { label: t('members.roleOf', { email: member.email }), hideLabel: true, value: member.role, disabled: changing !== null, onChange: (e) => void changeRole(member, e.target.value), children: grantableRoles(myRole).map((role) => (_jsx("option", { value: role, children: t(`roles.${role}`) }, role))) }) })) : (_jsx("span", { className: "w-36 text-sm text-fg", "data-testid": "member-role", children: t(`roles.${member.role}`) })), editable && !isMe && (_jsx(Button, { size: "sm", variant: "ghostDanger", onClick: () => setRemoving(member), "aria-label": t('members.removeLabel', { email: member.email }), children: t('members.remove') }))] }, member.userId));
                }) })), removing && (_jsx(ConfirmDialog, { title: t('members.removeTitle', { email: removing.email }), confirmLabel: t('members.remove'), danger: true, describeError: (e) => problemText(t, e), onClose: () => setRemoving(null), onConfirm: async () => {
                    await orgApi.removeMember(organization.id, removing.userId);
                    setData((d) => d && { items: d.items.filter((m) => m.userId !== removing.userId) });
                    toast(t('members.removed', { email: removing.email }));
                }, children: t('members.removeBody', { email: removing.email, name: organization.name }) }))] }));
}
