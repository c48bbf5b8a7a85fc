import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../shared/auth/session';
import { isStepUpCancelled, useStepUp } from '../../shared/auth/StepUp';
import { problemText } from '../../shared/org/problemText';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { TextField } from '../../shared/ui/Field';
import { useToast } from '../../shared/ui/Toasts';
import { privacyApi } from './api';
/** "Delete my account": only after typing its email; then signed out, on the sign-in page. */
export function DeleteAccountSection() {
    const { t } = useTranslation();
    const navigate = useNavigate();
    const toast = useToast();
    const { user, signOut } = useSession();
    const { stepUp } = useStepUp();
    const [open, setOpen] = useState(false);
    const [typed, setTyped] = useState('');
    const email = user?.email ?? '';
    const matches = email !== '' && typed.trim().toLowerCase() === email.toLowerCase();
    return (_jsxs("div", { className: "flex flex-col gap-3", "data-testid": "delete-account", children: [_jsx("h3", { className: "text-base font-semibold text-fg", children: t('privacy.delete.title') }), _jsx("p", { className: "text-sm text-muted", children: t('privacy.delete.intro') }), _jsx("div", { children: _jsx(Button, { variant: "danger", onClick: () => {
                        setTyped('');
                        setOpen(true);
                    }, children: t('privacy.delete.action') }) }), open && (_jsx(ConfirmDialog, { title: t('privacy.delete.dialogTitle'), confirmLabel: t('privacy.delete.confirm'), danger: true, confirmDisabled: !matches, describeError: (e) => problemText(t, e), onClose: () => setOpen(false), onConfirm: async () => {
                    // Typed in any case; the account's own spelling is what the server compares.
                    // A session older than 5 minutes confirms it's the owner first; closing that keeps this dialog.
                    try {
                        await stepUp(() => privacyApi.deleteAccount(email));
                    }
                    catch (e) {
                        if (isStepUpCancelled(e))
                            return;
                        throw e;
                    }
                    await signOut();
                    toast(t('privacy.delete.done'));
                    navigate('/signin', { replace: true });
                }, children: _jsxs("div", { className: "flex flex-col gap-3", children: [_jsx("p", { children: _jsx(Trans, { i18nKey: "privacy.delete.body", values: { email }, components: { b: _jsx("strong", {}) } }) }), _jsx(TextField, { label: t('privacy.delete.typeEmail', { email }), type: "email", autoComplete: "off", value: typed, onChange: (e) => setTyped(e.target.value), "data-autofocus": true })] }) }))] }));
}
