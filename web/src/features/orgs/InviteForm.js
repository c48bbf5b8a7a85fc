import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { grantableRoles } from '../../shared/org/roles';
import { Button } from '../../shared/ui/Button';
import { SelectField, TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { orgApi } from './api';
import { problemText } from '../../shared/org/problemText';
/** Invites someone by email with a role; inviting an owner is for owners only. */
export function InviteForm({ organization, onInvited, }) {
    const { t } = useTranslation();
    const [email, setEmail] = useState('');
    const [role, setRole] = useState('member');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const submit = async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        try {
            const invitation = await orgApi.invite(organization.id, email.trim(), role);
            setEmail('');
            onInvited(invitation);
        }
        catch (err) {
            setError(err);
        }
        finally {
            setBusy(false);
        }
    };
    const emailError = fieldMessage(t, error, 'email');
    const roleError = fieldMessage(t, error, 'role');
    return (_jsxs("form", { onSubmit: submit, noValidate: true, "aria-label": t('invitations.form'), className: "flex flex-col gap-3", children: [_jsxs("div", { className: "grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end", children: [_jsx(TextField, { label: t('invitations.email'), type: "email", name: "email", autoComplete: "off", required: true, value: email, onChange: (e) => setEmail(e.target.value), error: emailError }), _jsx(SelectField, { label: t('invitations.role'), value: role, onChange: (e) => setRole(e.target.value), error: roleError, children: grantableRoles(organization.role).map((r) => (_jsx("option", { value: r, children: t(`roles.${r}`) }, r))) }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, disabled: !email.trim(), children: t('invitations.send') })] }), !emailError && !roleError && _jsx(ErrorAlert, { error: error, describe: (e) => problemText(t, e) })] }));
}
