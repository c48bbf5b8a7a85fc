import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Button } from '../../../shared/ui/Button';
import { TextField } from '../../../shared/ui/Field';
import { ErrorAlert } from '../../../shared/ui/States';
import { describeError } from '../../../shared/api/messages';
import { groupedKey, mfaApi, svgDataUri } from './api';
import { CopyButton } from './CopyButton';
/**
 * Setting up an authenticator app: scan the QR code or type the manual key, then prove it with the
 * app's first code. Only that turns two-factor authentication on.
 */
export function EnrolTotp({ enrolment, onEnabled, onCancel, }) {
    const { t } = useTranslation();
    const [code, setCode] = useState('');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const key = groupedKey(enrolment.secret);
    const submit = async (e) => {
        e.preventDefault();
        const digits = code.replace(/\s+/g, '');
        if (!digits)
            return;
        setBusy(true);
        setError(null);
        try {
            onEnabled(await mfaApi.confirmTotp(digits));
        }
        catch (err) {
            setError(err);
            setBusy(false);
        }
    };
    const codeError = isApiError(error) && error.fieldError('code') ? t('mfa.setup.wrongCode') : undefined;
    return (_jsx("div", { className: "flex flex-col gap-4", "data-testid": "mfa-enrolment", children: _jsxs("ol", { className: "flex list-decimal flex-col gap-4 pl-5 text-sm text-fg", children: [_jsxs("li", { children: [_jsx("p", { children: t('mfa.setup.step1') }), _jsx("img", { src: svgDataUri(enrolment.qrSvg), alt: t('mfa.setup.qrAlt'), width: 192, height: 192, className: "mt-3 h-48 w-48 rounded-md border border-border bg-white p-1" }), _jsxs("div", { className: "mt-3 flex flex-wrap items-end gap-2", children: [_jsx("div", { className: "min-w-0 flex-1", children: _jsx(TextField, { label: t('mfa.setup.manualKey'), name: "manualKey", readOnly: true, value: key, className: "font-mono", hint: t('mfa.setup.manualKeyHint'), onFocus: (e) => e.currentTarget.select() }) }), _jsx(CopyButton, { text: enrolment.secret, label: t('mfa.setup.copyKey') })] })] }), _jsx("li", { children: _jsxs("form", { onSubmit: submit, noValidate: true, className: "flex flex-col gap-3 sm:max-w-xs", children: [_jsx(TextField, { label: t('mfa.setup.code'), name: "code", inputMode: "numeric", autoComplete: "one-time-code", pattern: "[0-9 ]*", maxLength: 7, required: true, value: code, onChange: (e) => setCode(e.target.value), error: codeError }), !codeError && (_jsx(ErrorAlert, { error: error, describe: (err) => isApiError(err) && err.code === 'no-pending-enrolment' ? t('mfa.setup.expired') : describeError(t, err) })), _jsxs("div", { className: "flex flex-wrap gap-2", children: [_jsx(Button, { type: "submit", variant: "primary", busy: busy, disabled: !code.trim(), children: t('mfa.setup.confirm') }), _jsx(Button, { onClick: onCancel, children: t('common.cancel') })] })] }) })] }) }));
}
