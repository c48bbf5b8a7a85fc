import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoader } from '../../shared/api/useLoader';
import { dateTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { orgApi } from './api';
import { InviteForm } from './InviteForm';
import { InviteResult } from './InviteResult';
import { problemText } from '../../shared/org/problemText';
/** Inviting people, and the invitations nobody has accepted yet (which can be withdrawn). */
export function InvitationsSection({ organization }) {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    const toast = useToast();
    const fetchInvitations = useCallback((signal) => orgApi.invitations(organization.id, signal), [organization.id]);
    const { data, setData, error, reload } = useLoader(fetchInvitations);
    const [latest, setLatest] = useState(null);
    const [withdrawing, setWithdrawing] = useState(null);
    const [withdrawError, setWithdrawError] = useState(null);
    const withdraw = async (invitation) => {
        setWithdrawing(invitation.id);
        setWithdrawError(null);
        try {
            await orgApi.withdraw(organization.id, invitation.id);
            setData((d) => d && { items: d.items.filter((i) => i.id !== invitation.id) });
            if (latest?.id === invitation.id)
                setLatest(null);
            toast(t('invitations.withdrawn', { email: invitation.email }));
        }
        catch (e) {
            setWithdrawError(e);
        }
        finally {
            setWithdrawing(null);
        }
    };
    const pending = data?.items ?? null;
    return (_jsx(Section, { title: t('invitations.title'), testId: "org-invitations", children: _jsxs("div", { className: "flex flex-col gap-4", children: [_jsx(InviteForm, { organization: organization, onInvited: (invitation) => {
                        setLatest(invitation);
                        setData((d) => d && { items: [invitation, ...d.items.filter((i) => i.id !== invitation.id)] });
                    } }), latest && _jsx(InviteResult, { invitation: latest }), _jsxs("div", { children: [_jsx("h3", { className: "mb-2 text-sm font-semibold text-fg", children: t('invitations.pending') }), error != null && _jsx(ErrorAlert, { error: error, onRetry: reload }), pending === null && error == null && _jsx(Loading, {}), _jsx(ErrorAlert, { error: withdrawError, describe: (e) => problemText(t, e), className: "mb-2" }), pending !== null && pending.length === 0 && _jsx("p", { className: "text-sm text-muted", children: t('invitations.none') }), pending !== null && pending.length > 0 && (_jsx("ul", { className: "flex flex-col divide-y divide-border", "aria-label": t('invitations.pending'), children: pending.map((invitation) => (_jsxs("li", { "data-testid": "invitation-row", className: "flex flex-wrap items-center gap-x-4 gap-y-1 py-2", children: [_jsxs("div", { className: "min-w-0 flex-1 basis-48", children: [_jsxs("p", { className: "font-medium break-words text-fg", children: [invitation.email, ' ', _jsxs("span", { className: "text-sm font-normal text-muted", children: ["\u00B7 ", t(`roles.${invitation.role}`)] })] }), _jsx("p", { className: "text-xs text-muted", children: t('invitations.meta', {
                                                    by: invitation.invitedBy,
                                                    expires: dateTime(invitation.expiresAt, lang),
                                                }) })] }), _jsx(Button, { size: "sm", variant: "ghostDanger", busy: withdrawing === invitation.id, disabled: withdrawing !== null, onClick: () => void withdraw(invitation), "aria-label": t('invitations.withdrawLabel', { email: invitation.email }), children: t('invitations.withdraw') })] }, invitation.id))) }))] })] }) }));
}
