import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { useSession } from '../../shared/auth/session';
import { isStepUpCancelled, useStepUp } from '../../shared/auth/StepUp';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert } from '../../shared/ui/States';
import { securityApi } from './api';
/** The account's address: whether it is confirmed (with a new link if not), and moving to another one. */
export function EmailSection() {
    const { t } = useTranslation();
    const { user } = useSession();
    const { stepUp } = useStepUp();
    const [email, setEmail] = useState('');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const [pending, setPending] = useState(null);
    const [resent, setResent] = useState(false);
    const change = async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        setPending(null);
        try {
            const { pendingEmail } = await stepUp(() => securityApi.changeEmail(email.trim()));
            setPending(pendingEmail);
            setEmail('');
        }
        catch (err) {
            if (!isStepUpCancelled(err))
                setError(err);
        }
        finally {
            setBusy(false);
        }
    };
    const resend = async () => {
        setError(null);
        try {
            await securityApi.resendVerification();
            setResent(true);
        }
        catch (err) {
            setError(err);
        }
    };
    return (_jsxs(Section, { title: t('security.email.title'), testId: "email", children: [_jsxs("p", { className: "mb-3 flex flex-wrap items-center gap-2 text-sm text-fg", children: [_jsx("span", { className: "font-medium break-all", children: user?.email }), user?.emailVerified === false ? (_jsxs(_Fragment, { children: [_jsx("span", { className: "rounded-full bg-warn-bg px-2 py-0.5 text-xs font-semibold text-warn", children: t('security.email.unverified') }), resent ? (_jsx("span", { role: "status", className: "text-muted", children: t('security.email.resent') })) : (_jsx(Button, { size: "sm", variant: "ghost", onClick: () => void resend(), children: t('security.email.resend') }))] })) : (_jsx("span", { className: "rounded-full bg-surface-2 px-2 py-0.5 text-xs font-semibold text-muted", children: t('security.email.verified') }))] }), _jsxs("form", { onSubmit: change, noValidate: true, className: "flex max-w-md flex-col gap-4", children: [_jsx(TextField, { label: t('security.email.newEmail'), type: "email", name: "new-email", autoComplete: "email", hint: t('security.email.hint'), required: true, value: email, onChange: (e) => setEmail(e.target.value), error: fieldMessage(t, error, 'email') }), _jsx(ErrorAlert, { error: fieldMessage(t, error, 'email') ? null : error }), pending && (_jsx("p", { role: "status", className: "rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg", children: t('security.email.sent', { email: pending }) })), _jsx("div", { children: _jsx(Button, { type: "submit", variant: "primary", busy: busy, disabled: !email.trim(), children: t('security.email.submit') }) })] })] }));
}
