import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldMessage } from '../../shared/api/messages';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { isInvalidLink, LINK_CLASS, PASSWORD_RESET_NOTICE } from './links';
import { recoveryApi } from './recoveryApi';
/** The page an emailed reset link opens: a new password, twice; then sign in with it. */
export function NewPasswordForm({ token }) {
    const { t } = useTranslation();
    const navigate = useNavigate();
    const [password, setPassword] = useState('');
    const [repeated, setRepeated] = useState('');
    const [mismatch, setMismatch] = useState(false);
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const submit = async (e) => {
        e.preventDefault();
        if (password !== repeated) {
            setMismatch(true);
            return;
        }
        setMismatch(false);
        setBusy(true);
        setError(null);
        try {
            await recoveryApi.confirmReset(token, password);
            navigate('/signin', { replace: true, state: { notice: PASSWORD_RESET_NOTICE } });
        }
        catch (err) {
            setError(err);
            setBusy(false);
        }
    };
    if (isInvalidLink(error)) {
        return (_jsxs("div", { className: "flex flex-col gap-4", children: [_jsx("p", { role: "alert", className: "rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger", children: t('recovery.reset.invalidLink') }), _jsx("p", { className: "text-center text-sm", children: _jsx(Link, { to: "/reset-password", className: LINK_CLASS, children: t('recovery.reset.requestNew') }) })] }));
    }
    return (_jsxs("form", { onSubmit: submit, noValidate: true, className: "flex flex-col gap-4", children: [_jsx(TextField, { label: t('recovery.reset.newPassword'), type: "password", name: "new-password", autoComplete: "new-password", required: true, value: password, onChange: (e) => setPassword(e.target.value), hint: t('recovery.reset.hint'), error: fieldMessage(t, error, 'newPassword') }), _jsx(TextField, { label: t('recovery.reset.repeat'), type: "password", name: "repeat-password", autoComplete: "new-password", required: true, value: repeated, onChange: (e) => setRepeated(e.target.value), error: mismatch ? t('recovery.reset.mismatch') : undefined }), _jsx(ErrorAlert, { error: error }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, className: "w-full", children: t('recovery.reset.submit') })] }));
}
