import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { isStepUpCancelled, useStepUp } from '../../shared/auth/StepUp';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert } from '../../shared/ui/States';
import { securityApi } from './api';
/** Change the password: the current one proves it's you; every other device is signed out. */
export function PasswordSection() {
    const { t } = useTranslation();
    const { stepUp } = useStepUp();
    const [current, setCurrent] = useState('');
    const [next, setNext] = useState('');
    const [confirm, setConfirm] = useState('');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const [mismatch, setMismatch] = useState(false);
    const [done, setDone] = useState(null);
    const submit = async (e) => {
        e.preventDefault();
        setDone(null);
        setError(null);
        if (next !== confirm) {
            setMismatch(true);
            return;
        }
        setMismatch(false);
        setBusy(true);
        try {
            // Without the current password, a session older than 5 minutes is asked to confirm first.
            const { otherSessionsEnded } = await stepUp(() => securityApi.changePassword(current, next));
            setCurrent('');
            setNext('');
            setConfirm('');
            setDone(otherSessionsEnded);
        }
        catch (err) {
            if (!isStepUpCancelled(err))
                setError(err);
        }
        finally {
            setBusy(false);
        }
    };
    const wrongCurrent = isApiError(error) && error.code === 'invalid-password' ? t('security.password.wrongCurrent') : undefined;
    return (_jsx(Section, { title: t('security.password.title'), testId: "password", children: _jsxs("form", { onSubmit: submit, noValidate: true, className: "flex max-w-md flex-col gap-4", children: [_jsx(TextField, { label: t('security.password.current'), type: "password", name: "current-password", autoComplete: "current-password", hint: t('security.password.currentHint'), value: current, onChange: (e) => setCurrent(e.target.value), error: wrongCurrent }), _jsx(TextField, { label: t('security.password.new'), type: "password", name: "new-password", autoComplete: "new-password", required: true, hint: t('security.password.policy'), value: next, onChange: (e) => setNext(e.target.value), error: fieldMessage(t, error, 'newPassword') }), _jsx(TextField, { label: t('security.password.confirm'), type: "password", name: "confirm-password", autoComplete: "new-password", required: true, value: confirm, onChange: (e) => setConfirm(e.target.value), error: mismatch ? t('security.password.mismatch') : undefined }), !wrongCurrent && _jsx(ErrorAlert, { error: error }), done !== null && (_jsx("p", { role: "status", className: "rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg", children: t('security.password.changed', { count: done }) })), _jsx("div", { children: _jsx(Button, { type: "submit", variant: "primary", busy: busy, children: t('security.password.submit') }) })] }) }));
}
