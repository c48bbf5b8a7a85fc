import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Modal } from './Modal';
import { ErrorAlert } from './States';
/** Asks before doing something that matters; shows the error if doing it fails. */
export function ConfirmDialog({ title, children, confirmLabel, danger = false, onConfirm, onClose, describeError, confirmDisabled = false, }) {
    const { t } = useTranslation();
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const confirm = async () => {
        if (confirmDisabled)
            return;
        setBusy(true);
        setError(null);
        try {
            await onConfirm();
            onClose();
        }
        catch (e) {
            setError(e);
            setBusy(false);
        }
    };
    return (_jsxs(Modal, { title: title, onClose: onClose, onSubmit: confirm, footer: _jsxs(_Fragment, { children: [_jsx(Button, { onClick: onClose, "data-autofocus": true, children: t('common.cancel') }), _jsx(Button, { type: "submit", variant: danger ? 'danger' : 'primary', busy: busy, disabled: confirmDisabled, children: confirmLabel })] }), children: [_jsx("div", { className: "text-sm text-fg", children: children }), _jsx(ErrorAlert, { error: error, describe: describeError })] }));
}
