import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { useSession } from '../../shared/auth/session';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { AuthLayout } from './AuthLayout';
/**
 * The second step of signing in to an account with MFA: a code from the authenticator app, or one
 * of the recovery codes, answers the challenge the first step returned.
 */
export function SecondFactorStep({ challenge, methods, onSignedIn, onStartOver, }) {
    const { t } = useTranslation();
    const { completeSecondFactor } = useSession();
    const canUseTotp = methods.includes('totp') || methods.length === 0;
    const canUseRecovery = methods.includes('recovery_code');
    const [kind, setKind] = useState(canUseTotp ? 'totp' : 'recovery');
    const [code, setCode] = useState('');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const expired = isApiError(error) && error.code === 'invalid-challenge';
    const submit = async (e) => {
        e.preventDefault();
        const answer = kind === 'totp' ? code.replace(/\s+/g, '') : code.trim();
        if (!answer)
            return;
        setBusy(true);
        setError(null);
        try {
            await completeSecondFactor(challenge, answer);
            onSignedIn();
        }
        catch (err) {
            setError(err);
            setBusy(false);
        }
    };
    const switchTo = (next) => {
        setKind(next);
        setCode('');
        setError(null);
    };
    const describe = (err) => {
        if (isApiError(err)) {
            if (err.status === 429)
                return t('mfa.errors.tooManyAttempts', { count: err.retryAfterSeconds ?? 60 });
            if (err.code === 'invalid-code') {
                return kind === 'totp' ? t('mfa.errors.wrongCode') : t('mfa.errors.wrongRecoveryCode');
            }
            if (err.code === 'invalid-challenge')
                return t('mfa.errors.expired');
        }
        return describeError(t, err);
    };
    const startOver = onStartOver ? (_jsx("button", { type: "button", onClick: onStartOver, className: "font-medium text-link underline-offset-2 hover:underline", children: t('mfa.challenge.startOver') })) : (_jsx(Link, { to: "/signin", className: "font-medium text-link underline-offset-2 hover:underline", children: t('mfa.challenge.startOver') }));
    return (_jsxs("form", { onSubmit: submit, noValidate: true, className: "flex flex-col gap-4", children: [kind === 'totp' ? (_jsx(TextField, { label: t('mfa.challenge.totpLabel'), hint: t('mfa.challenge.totpHint'), name: "code", autoComplete: "one-time-code", inputMode: "numeric", pattern: "[0-9 ]*", maxLength: 7, required: true, autoFocus: true, value: code, onChange: (e) => setCode(e.target.value) }, "totp")) : (_jsx(TextField, { label: t('mfa.challenge.recoveryLabel'), hint: t('mfa.challenge.recoveryHint'), name: "recoveryCode", autoComplete: "off", autoCapitalize: "off", spellCheck: false, inputMode: "text", maxLength: 64, required: true, autoFocus: true, value: code, onChange: (e) => setCode(e.target.value) }, "recovery")), _jsx(ErrorAlert, { error: error, describe: describe }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, disabled: expired, className: "w-full", children: t('mfa.challenge.submit') }), _jsxs("div", { className: "flex flex-wrap justify-between gap-2 text-sm", children: [kind === 'totp' && canUseRecovery && (_jsx("button", { type: "button", onClick: () => switchTo('recovery'), className: "font-medium text-link underline-offset-2 hover:underline", children: t('mfa.challenge.useRecovery') })), kind === 'recovery' && canUseTotp && (_jsx("button", { type: "button", onClick: () => switchTo('totp'), className: "font-medium text-link underline-offset-2 hover:underline", children: t('mfa.challenge.useTotp') })), startOver] })] }));
}
/** The whole page of the second step, titled, for the sign-in and provider-completion pages. */
export function SecondFactorScreen(props) {
    const { t } = useTranslation();
    return (_jsx(AuthLayout, { title: t('mfa.challenge.title'), subtitle: t('mfa.challenge.subtitle'), children: _jsx(SecondFactorStep, { ...props }) }));
}
