import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { fieldMessage } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { useSession } from '../../shared/auth/session';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { AuthLayout } from './AuthLayout';
import { nextPath } from './nextPath';
import { ProviderButtons } from './ProviderButtons';
import { SecondFactorScreen } from './SecondFactorStep';
export function SignInPage() {
    const { t } = useTranslation();
    const { signIn, status, expired } = useSession();
    const location = useLocation();
    const navigate = useNavigate();
    const [email, setEmail] = useState('');
    const [password, setPassword] = useState('');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const [challenge, setChallenge] = useState(null);
    const target = nextPath(location.search);
    if (status === 'signed-in' && !busy)
        return _jsx(Navigate, { to: target, replace: true });
    const submit = async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        try {
            const result = await signIn(email.trim(), password);
            if (result.kind === 'mfa-required') {
                setChallenge({ challenge: result.challenge, methods: result.methods });
                setBusy(false);
                return;
            }
            navigate(target, { replace: true });
        }
        catch (err) {
            setError(err);
            setBusy(false);
        }
    };
    if (challenge) {
        return (_jsx(SecondFactorScreen, { challenge: challenge.challenge, methods: challenge.methods, onSignedIn: () => navigate(target, { replace: true }), onStartOver: () => setChallenge(null) }));
    }
    return (_jsxs(AuthLayout, { title: t('auth.signIn.title'), subtitle: t('auth.signIn.subtitle'), children: [location.state?.notice === 'password-reset' && (_jsx("p", { role: "status", className: "mb-4 rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg", children: t('recovery.reset.done') })), expired && (_jsx("p", { role: "status", className: "mb-4 rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-warn", children: t('auth.expired') })), _jsxs("form", { onSubmit: submit, noValidate: true, className: "flex flex-col gap-4", children: [_jsx(TextField, { label: t('auth.email'), type: "email", name: "email", autoComplete: "email", required: true, value: email, onChange: (e) => setEmail(e.target.value), error: fieldMessage(t, error, 'email') }), _jsx(TextField, { label: t('auth.password'), type: "password", name: "password", autoComplete: "current-password", required: true, value: password, onChange: (e) => setPassword(e.target.value), error: fieldMessage(t, error, 'password') }), _jsx(Link, { to: "/reset-password", className: "-mt-2 self-end text-sm text-link underline-offset-2 hover:underline", children: t('recovery.forgot') }), _jsx(ErrorAlert, { error: error }), isApiError(error) && error.code === 'email-not-verified' && (_jsx(Link, { to: "/verify-email", state: { email: email.trim() }, className: "-mt-2 text-sm text-link underline-offset-2 hover:underline", children: t('recovery.verify.resend') })), _jsx(Button, { type: "submit", variant: "primary", busy: busy, className: "w-full", children: t('auth.signIn.submit') })] }), _jsx(ProviderButtons, { next: target }), _jsxs("p", { className: "mt-6 text-center text-sm text-muted", children: [t('auth.signIn.noAccount'), ' ', _jsx(Link, { to: `/register${location.search}`, className: "font-medium text-link underline-offset-2 hover:underline", children: t('auth.signIn.register') })] })] }));
}
