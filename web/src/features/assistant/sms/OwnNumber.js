import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../../shared/format/format';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { useSms } from './SmsStateContext';
import { smsErrorText } from './smsErrors';
import { smsApi } from './smsApi';
/**
 * A number of the person's own (dedicated routing only): one they can save as a contact, so the
 * Assistant's texts never arrive from a number shared with strangers.
 */
export function OwnNumber({ state }) {
    const { t, i18n } = useTranslation();
    const { setState, reload } = useSms();
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const [confirm, setConfirm] = useState(false);
    if (state.routing !== 'dedicated')
        return null;
    const verified = state.phone?.verified ?? false;
    const own = state.dedicatedNumber;
    const get = async () => {
        setBusy(true);
        setError(null);
        try {
            setState(await smsApi.getNumber());
        }
        catch (e) {
            setError(e);
        }
        finally {
            setBusy(false);
        }
    };
    return (_jsxs("div", { className: "flex flex-col gap-2 border-t border-border pt-4", "data-testid": "sms-own-number", children: [_jsx("h3", { className: "text-base font-semibold text-fg", children: t('assistant.sms.ownTitle') }), own ? (_jsxs(_Fragment, { children: [_jsx("p", { className: "text-sm text-fg", children: t('assistant.sms.ownIs', { number: own.number, date: dateTime(own.since, i18n.language) }) }), _jsx("div", { children: _jsx(Button, { variant: "ghostDanger", className: "min-h-11", onClick: () => setConfirm(true), children: t('assistant.sms.release') }) })] })) : (_jsxs(_Fragment, { children: [_jsx("p", { className: "text-sm text-muted", children: t('assistant.sms.ownIntro') }), _jsx("div", { children: _jsx(Button, { variant: "primary", className: "min-h-11", busy: busy, disabled: !verified, onClick: () => void get(), children: t('assistant.sms.getOwn') }) }), !verified && _jsx("p", { className: "text-xs text-muted", children: t('assistant.sms.ownNeedsPhone') })] })), error !== null && (_jsx("p", { role: "alert", className: "text-sm text-danger", children: smsErrorText(t, error) })), confirm && own && (_jsx(ConfirmDialog, { title: t('assistant.sms.releaseTitle'), confirmLabel: t('assistant.sms.release'), danger: true, describeError: (e) => smsErrorText(t, e), onClose: () => setConfirm(false), onConfirm: async () => {
                    await smsApi.releaseNumber();
                    reload();
                }, children: _jsx("p", { className: "text-sm text-fg", children: t('assistant.sms.releaseBody', { number: own.number }) }) }))] }));
}
