import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/Button';
import { TextField } from '../../../shared/ui/Field';
import { useToast } from '../../../shared/ui/Toasts';
import { defaultCountry } from './countries';
import { smsErrorText } from './smsErrors';
import { timeOfDay } from './smsFormat';
import { smsApi } from './smsApi';
/** The code texted to a number not yet verified: type it (the phone may fill it in), or ask for a new one. */
export function CodeForm({ phone, onState, onOtherNumber, focus = false, }) {
    const { t, i18n } = useTranslation();
    const toast = useToast();
    const [code, setCode] = useState('');
    const [busy, setBusy] = useState(null);
    const [error, setError] = useState(null);
    const digits = code.replace(/\s/g, '');
    const run = async (kind) => {
        setBusy(kind);
        setError(null);
        try {
            if (kind === 'verify') {
                onState(await smsApi.verify(digits));
                toast(t('assistant.sms.verifiedToast'));
            }
            else {
                // The stored number is international (E.164): the country does not change how it is read.
                onState(await smsApi.addPhone(phone.number, defaultCountry()));
                setCode('');
                toast(t('assistant.sms.codeResent'));
            }
        }
        catch (e) {
            setError(e);
        }
        finally {
            setBusy(null);
        }
    };
    return (_jsxs("form", { className: "flex flex-col gap-3", onSubmit: (e) => {
            e.preventDefault();
            if (digits)
                void run('verify');
        }, children: [_jsx("p", { className: "text-sm text-muted", children: phone.codeExpiresAt
                    ? t('assistant.sms.codeValidUntil', { time: timeOfDay(phone.codeExpiresAt, i18n.language) })
                    : t('assistant.sms.codeNone') }), _jsx(TextField, { label: t('assistant.sms.code'), inputMode: "numeric", autoComplete: "one-time-code", pattern: "[0-9 ]*", maxLength: 10, autoFocus: focus, value: code, onChange: (e) => setCode(e.target.value), error: error !== null ? smsErrorText(t, error) : undefined, "data-testid": "sms-code-input", className: "min-h-11 max-w-48 text-base tracking-widest" }), _jsxs("div", { className: "flex flex-wrap gap-2", children: [_jsx(Button, { type: "submit", variant: "primary", busy: busy === 'verify', disabled: !digits || busy !== null, className: "min-h-11", "data-testid": "sms-verify", children: t('assistant.sms.verify') }), _jsx(Button, { className: "min-h-11", busy: busy === 'resend', disabled: busy !== null, onClick: () => void run('resend'), children: t('assistant.sms.resend') }), _jsx(Button, { variant: "ghost", className: "min-h-11", disabled: busy !== null, onClick: onOtherNumber, children: t('assistant.sms.otherNumber') })] })] }));
}
