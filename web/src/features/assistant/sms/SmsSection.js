import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../../shared/ui/States';
import { OwnNumber } from './OwnNumber';
import { PhoneVerification } from './PhoneVerification';
import { useSms } from './SmsStateContext';
import { SmsUsage } from './SmsUsage';
/** Settings → "Text messages (SMS)": the phone, its verification, an own number, this month's usage. */
export function SmsSection() {
    const { t } = useTranslation();
    const { state, error, unavailable, reload } = useSms();
    return (_jsxs(Section, { title: t('assistant.sms.title'), testId: "sms-settings", children: [_jsx("p", { className: "mb-3 text-sm text-muted", children: t('assistant.sms.intro') }), unavailable ? (_jsx("p", { className: "text-sm text-muted", children: t('assistant.sms.unavailable') })) : state === null && error ? (_jsx(ErrorAlert, { error: error, onRetry: reload })) : state === null ? (_jsx(Loading, {})) : (_jsxs("div", { className: "flex flex-col gap-4", children: [state.mode === 'simulator' && (_jsxs("p", { className: "rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg", "data-testid": "sms-simulator-note", children: [t('assistant.sms.simulatorNote'), ' ', _jsx(Link, { to: "/assistant/sms", className: "font-medium text-link underline underline-offset-2", children: t('assistant.sms.openSimulator') })] })), _jsx(PhoneVerification, { state: state }), _jsx(OwnNumber, { state: state }), (state.phone || state.usage.segmentsSent + state.usage.segmentsReceived > 0) && _jsx(SmsUsage, { usage: state.usage })] }))] }));
}
