import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldMessage } from '../../shared/api/messages';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { LINK_CLASS } from './links';
import { recoveryApi } from './recoveryApi';
/** Asks for a reset link; the answer never tells whether the address has an account. */
export function RequestResetForm() {
    const { t } = useTranslation();
    const [email, setEmail] = useState('');
    const [sentTo, setSentTo] = useState(null);
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const statusRef = useRef(null);
    const submit = async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        try {
            await recoveryApi.requestReset(email.trim());
            setSentTo(email.trim());
            // Screen readers hear the outcome; keyboard users continue from it.
            setTimeout(() => statusRef.current?.focus(), 0);
        }
        catch (err) {
            setError(err);
        }
        finally {
            setBusy(false);
        }
    };
    if (sentTo !== null) {
        return (_jsxs("div", { className: "flex flex-col gap-4", children: [_jsx("p", { ref: statusRef, tabIndex: -1, role: "status", className: "rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg outline-none", children: t('recovery.request.sent', { email: sentTo }) }), _jsx(Button, { type: "button", onClick: () => setSentTo(null), className: "w-full", children: t('recovery.request.again') }), _jsx("p", { className: "text-center text-sm", children: _jsx(Link, { to: "/signin", className: LINK_CLASS, children: t('recovery.request.back') }) })] }));
    }
    return (_jsxs("form", { onSubmit: submit, noValidate: true, className: "flex flex-col gap-4", children: [_jsx(TextField, { label: t('auth.email'), type: "email", name: "email", autoComplete: "email", required: true, value: email, onChange: (e) => setEmail(e.target.value), error: fieldMessage(t, error, 'email') }), _jsx(ErrorAlert, { error: error }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, className: "w-full", children: t('recovery.request.submit') }), _jsx("p", { className: "text-center text-sm", children: _jsx(Link, { to: "/signin", className: LINK_CLASS, children: t('recovery.request.back') }) })] }));
}
