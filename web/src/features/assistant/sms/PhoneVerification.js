import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { CodeForm } from './CodeForm';
import { PhoneForm } from './PhoneForm';
import { useSms } from './SmsStateContext';
import { smsErrorText } from './smsErrors';
import { smsApi } from './smsApi';
const STATE = 'text-base text-fg';
/** The person's phone: add it, verify it with the texted code, and later see it, or remove it. */
export function PhoneVerification({ state }) {
    const { t } = useTranslation();
    const { setState } = useSms();
    const [otherNumber, setOtherNumber] = useState(false);
    const [justSent, setJustSent] = useState(false);
    const phone = state.phone;
    const sent = (next) => {
        setState(next);
        setOtherNumber(false);
        setJustSent(true);
    };
    if (!phone || otherNumber) {
        return (_jsxs("div", { className: "flex flex-col gap-3", children: [_jsx("p", { className: STATE, "data-testid": "sms-state", children: phone ? t('assistant.sms.stateChanging', { number: phone.number }) : t('assistant.sms.stateNone') }), _jsx(PhoneForm, { onSent: sent, onCancel: phone ? () => setOtherNumber(false) : undefined })] }));
    }
    if (!phone.verified) {
        return (_jsxs("div", { className: "flex flex-col gap-3", children: [_jsx("p", { className: STATE, "data-testid": "sms-state", children: t('assistant.sms.stateCodeSent', { number: phone.number }) }), _jsx(CodeForm, { phone: phone, focus: justSent, onState: setState, onOtherNumber: () => setOtherNumber(true) })] }));
    }
    return _jsx(VerifiedPhone, { state: state });
}
function VerifiedPhone({ state }) {
    const { t } = useTranslation();
    const { reload } = useSms();
    const [confirm, setConfirm] = useState(false);
    const phone = state.phone;
    const assistant = state.assistantNumber;
    return (_jsxs("div", { className: "flex flex-col gap-3", children: [_jsxs("p", { className: STATE, "data-testid": "sms-state", children: [_jsx("span", { "aria-hidden": "true", className: "mr-1.5 text-success", children: "\u2713" }), t('assistant.sms.stateVerified', { number: phone.number })] }), phone.optedOut && (_jsx("p", { role: "status", className: "rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-fg", "data-testid": "sms-opted-out", children: assistant ? t('assistant.sms.optedOut', { number: assistant }) : t('assistant.sms.optedOutNoNumber') })), state.mode === 'simulator' ? (_jsx("p", { className: "text-sm text-fg", children: _jsx(Link, { to: "/assistant/sms", className: "font-medium text-link underline underline-offset-2", children: t('assistant.sms.openSimulator') }) })) : (assistant && (_jsxs("p", { className: "text-sm text-fg", children: [t('assistant.sms.textUs'), ' ', _jsx("a", { href: `sms:${assistant}`, className: "font-medium text-link underline underline-offset-2", "data-testid": "sms-assistant-number", children: assistant })] }))), !state.enabled && _jsx("p", { className: "text-sm text-muted", children: t('assistant.sms.turnOnChannel') }), _jsx("div", { children: _jsx(Button, { variant: "ghostDanger", className: "min-h-11", onClick: () => setConfirm(true), children: t('assistant.sms.remove') }) }), confirm && (_jsx(ConfirmDialog, { title: t('assistant.sms.removeTitle'), confirmLabel: t('assistant.sms.removeConfirm'), danger: true, describeError: (e) => smsErrorText(t, e), onClose: () => setConfirm(false), onConfirm: async () => {
                    await smsApi.removePhone();
                    reload();
                }, children: _jsx("p", { className: "text-sm text-fg", children: state.dedicatedNumber ? t('assistant.sms.removeBodyOwnNumber') : t('assistant.sms.removeBody') }) }))] }));
}
