import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { AuthLayout } from '../../shared/ui/AuthLayout';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { ConfirmLink } from './ConfirmLink';
import { LINK_CLASS } from './links';
import { recoveryApi } from './recoveryApi';
/**
 * `/verify-email?token=…` (the emailed link) confirms the address with one click — a click, not on
 * load, so that a mail scanner opening the link confirms nothing. Without a token (after signing up
 * when confirmation is required) it says to check the mailbox and can send the link again.
 */
export function VerifyEmailPage() {
    const [params] = useSearchParams();
    const token = params.get('token');
    return token ? (_jsx(ConfirmLink, { token: token, confirm: recoveryApi.verifyEmail, texts: "recovery.verify", retryPath: "/verify-email" })) : (_jsx(CheckYourEmail, {}));
}
function CheckYourEmail() {
    const { t } = useTranslation();
    const location = useLocation();
    const sentTo = location.state?.email;
    const [email, setEmail] = useState(typeof sentTo === 'string' ? sentTo : '');
    const [busy, setBusy] = useState(false);
    const [resent, setResent] = useState(false);
    const [error, setError] = useState(null);
    const resend = async () => {
        setBusy(true);
        setError(null);
        setResent(false);
        try {
            await recoveryApi.resendVerification(email.trim());
            setResent(true);
        }
        catch (err) {
            setError(err);
        }
        finally {
            setBusy(false);
        }
    };
    return (_jsx(AuthLayout, { title: t('recovery.verify.checkTitle'), children: _jsxs("div", { className: "flex flex-col gap-4", children: [_jsx("p", { className: "text-sm text-fg", children: typeof sentTo === 'string' ? t('recovery.verify.checkBody', { email: sentTo }) : t('recovery.verify.checkBodyNoEmail') }), typeof sentTo !== 'string' && (_jsx(TextField, { label: t('auth.email'), type: "email", name: "email", autoComplete: "email", value: email, onChange: (e) => setEmail(e.target.value) })), _jsx("div", { "aria-live": "polite", children: resent && (_jsx("p", { role: "status", className: "rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg", children: t('recovery.verify.resent') })) }), _jsx(ErrorAlert, { error: error }), _jsx(Button, { type: "button", busy: busy, disabled: !email.trim(), onClick: resend, className: "w-full", children: t('recovery.verify.resend') }), _jsx(Link, { to: "/signin", className: `text-center text-sm ${LINK_CLASS}`, children: t('recovery.verify.signIn') })] }) }));
}
