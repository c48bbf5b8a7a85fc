import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { api } from '../../shared/api/endpoints';
import { fieldMessage } from '../../shared/api/messages';
import { useSession } from '../../shared/auth/session';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { AuthLayout } from './AuthLayout';
import { nextPath } from './nextPath';
import { ProviderButtons } from './ProviderButtons';
export function RegisterPage() {
    const { t } = useTranslation();
    const { signIn, status } = useSession();
    const location = useLocation();
    const navigate = useNavigate();
    const [email, setEmail] = useState('');
    const [password, setPassword] = useState('');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    if (status === 'signed-in' && !busy)
        return _jsx(Navigate, { to: "/projects", replace: true });
    const submit = async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        try {
            const registration = await api.register(email.trim(), password);
            if (registration.emailVerification === 'required') {
                // No session until the address is confirmed: the recovery pages say to check the mailbox.
                navigate('/verify-email', { replace: true, state: { email: email.trim() } });
                return;
            }
            // The answer is the same for an address that already has an account: signing in tells.
            await signIn(email.trim(), password);
            navigate(nextPath(location.search), { replace: true });
        }
        catch (err) {
            setError(err);
            setBusy(false);
        }
    };
    return (_jsxs(AuthLayout, { title: t('auth.register.title'), subtitle: t('auth.register.subtitle'), children: [_jsxs("form", { onSubmit: submit, noValidate: true, className: "flex flex-col gap-4", children: [_jsx(TextField, { label: t('auth.email'), type: "email", name: "email", autoComplete: "email", required: true, value: email, onChange: (e) => setEmail(e.target.value), error: fieldMessage(t, error, 'email') }), _jsx(TextField, { label: t('auth.password'), type: "password", name: "password", autoComplete: "new-password", required: true, value: password, onChange: (e) => setPassword(e.target.value), hint: t('auth.register.passwordHint'), error: fieldMessage(t, error, 'password') }), _jsx(ErrorAlert, { error: error }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, className: "w-full", children: t('auth.register.submit') })] }), _jsx(ProviderButtons, { next: nextPath(location.search) }), _jsxs("p", { className: "mt-6 text-center text-sm text-muted", children: [t('auth.register.haveAccount'), ' ', _jsx(Link, { to: `/signin${location.search}`, className: "font-medium text-link underline-offset-2 hover:underline", children: t('auth.register.signIn') })] })] }));
}
