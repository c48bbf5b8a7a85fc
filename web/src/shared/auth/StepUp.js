import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { describeError } from '../api/messages';
import { isApiError } from '../api/problem';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { Modal } from '../ui/Modal';
import { ErrorAlert } from '../ui/States';
/** What `stepUp` rejects with when the person closes the dialog instead of confirming. */
export class StepUpCancelled extends Error {
    constructor() {
        super('Step-up cancelled');
        this.name = 'StepUpCancelled';
    }
}
export function isStepUpCancelled(error) {
    return error instanceof StepUpCancelled;
}
const StepUpContext = createContext(null);
/** Holds the one step-up dialog of the app; mount it inside SessionProvider. */
export function StepUpProvider({ children }) {
    const [pending, setPending] = useState(null);
    // Several actions may need step-up at once: they share one dialog and one proof.
    const shared = useRef(null);
    const askOnce = useCallback(() => {
        if (!shared.current) {
            shared.current = new Promise((resolve, reject) => setPending({ resolve, reject })).finally(() => {
                shared.current = null;
                setPending(null);
            });
        }
        return shared.current;
    }, []);
    const stepUp = useCallback(async (action) => {
        try {
            return await action();
        }
        catch (error) {
            if (!isApiError(error) || error.code !== 'reauthentication-required')
                throw error;
        }
        await askOnce();
        return action();
    }, [askOnce]);
    const value = useMemo(() => ({ stepUp }), [stepUp]);
    return (_jsxs(StepUpContext.Provider, { value: value, children: [children, pending && (_jsx(StepUpDialog, { onConfirmed: () => pending.resolve(), onCancel: () => pending.reject(new StepUpCancelled()) }))] }));
}
export function useStepUp() {
    const value = useContext(StepUpContext);
    if (!value)
        throw new Error('useStepUp needs a StepUpProvider');
    return value;
}
/** Asks for the password, or a code from the authenticator app (or a recovery code). */
export function StepUpDialog({ onConfirmed, onCancel }) {
    const { t } = useTranslation();
    const [proof, setProof] = useState('password');
    const [value, setValue] = useState('');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const submit = async () => {
        if (!value.trim() || busy)
            return;
        setBusy(true);
        setError(null);
        try {
            const body = proof === 'password' ? { password: value } : { code: value.replace(/\s+/g, '') };
            await api.post('/api/v1/auth/reauthenticate', body);
            onConfirmed();
        }
        catch (err) {
            setError(err);
            setBusy(false);
        }
    };
    const switchTo = (next) => {
        setProof(next);
        setValue('');
        setError(null);
    };
    const describe = (err) => {
        if (isApiError(err)) {
            if (err.status === 429)
                return t('mfa.errors.tooManyAttempts', { count: err.retryAfterSeconds ?? 60 });
            if (err.code === 'invalid-code')
                return t('mfa.errors.wrongCode');
            if (err.status === 401 && proof === 'password')
                return t('mfa.stepUp.wrongPassword');
        }
        return describeError(t, err);
    };
    return (_jsxs(Modal, { title: t('mfa.stepUp.title'), onClose: onCancel, onSubmit: () => void submit(), footer: _jsxs(_Fragment, { children: [_jsx(Button, { onClick: onCancel, children: t('common.cancel') }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, disabled: !value.trim(), children: t('mfa.stepUp.confirm') })] }), children: [_jsx("p", { className: "text-sm text-muted", children: t('mfa.stepUp.explanation') }), proof === 'password' ? (_jsx(TextField, { label: t('mfa.stepUp.password'), type: "password", name: "password", autoComplete: "current-password", "data-autofocus": true, autoFocus: true, value: value, onChange: (e) => setValue(e.target.value) }, "password")) : (_jsx(TextField, { label: t('mfa.stepUp.code'), name: "code", autoComplete: "one-time-code", autoCapitalize: "off", spellCheck: false, hint: t('mfa.stepUp.codeHint'), "data-autofocus": true, autoFocus: true, value: value, onChange: (e) => setValue(e.target.value) }, "code")), _jsx(ErrorAlert, { error: error, describe: describe }), _jsx("button", { type: "button", onClick: () => switchTo(proof === 'password' ? 'code' : 'password'), className: "self-start text-sm font-medium text-link underline-offset-2 hover:underline", children: proof === 'password' ? t('mfa.stepUp.useCode') : t('mfa.stepUp.usePassword') })] }));
}
