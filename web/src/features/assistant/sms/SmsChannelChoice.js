import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { useSmsContext } from './SmsStateContext';
/**
 * Whether nudges may go by text: null when this page does not know (no SMS on the server, or not
 * loaded yet; a save then leaves the choice as it is), else whether the phone is verified.
 */
export function useSmsChannel() {
    const sms = useSmsContext();
    if (!sms?.state)
        return { allowed: null, refresh: () => undefined };
    return { allowed: sms.state.phone?.verified ?? false, refresh: sms.reload };
}
/** The "Text messages (SMS)" nudge channel, next to email and push; it waits for a verified phone. */
export function SmsChannelChoice({ checked, onChange }) {
    const { t } = useTranslation();
    const sms = useSmsContext();
    const state = sms?.state;
    if (!state)
        return null;
    const verified = state.phone?.verified ?? false;
    const hint = !verified
        ? t('assistant.sms.channelNeedsPhone')
        : state.phone?.optedOut
            ? t('assistant.sms.channelOptedOut')
            : t('assistant.sms.channelHint', { number: state.phone?.number });
    return (_jsxs(_Fragment, { children: [_jsxs("label", { className: "flex min-h-11 items-center gap-3 text-base text-fg", children: [_jsx("input", { type: "checkbox", className: "h-5 w-5", checked: verified && checked, disabled: !verified, onChange: (e) => onChange(e.target.checked) }), t('assistant.sms.channel')] }), _jsx("p", { className: "-mt-3 text-xs text-muted", children: hint })] }));
}
