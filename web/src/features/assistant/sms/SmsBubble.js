import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { shortWhen } from './smsFormat';
/**
 * One text, as on a phone: what the person texted on the right in blue, the Assistant's on the
 * left in grey, with the Assistant's delivery state under it (✓ sent, ✓✓ delivered, ✗ failed).
 */
export function SmsBubble({ message }) {
    const { t, i18n } = useTranslation();
    const mine = message.direction === 'inbound';
    const delivery = mine ? null : deliveryLine(t, message);
    return (_jsxs("li", { "data-testid": "sms-message", "data-direction": message.direction, "data-status": message.status, className: `flex max-w-[85%] flex-col gap-0.5 ${mine ? 'items-end self-end' : 'items-start self-start'}`, children: [_jsx("span", { className: "sr-only", children: mine ? t('assistant.sms.you') : t('assistant.sms.assistant') }), _jsx("p", { className: `rounded-2xl px-3 py-2 text-base break-words whitespace-pre-wrap ${mine ? 'rounded-br-sm bg-blue-600 text-white' : 'rounded-bl-sm bg-surface-2 text-fg'}`, children: message.body }), _jsxs("span", { className: "flex flex-wrap items-center gap-x-1.5 px-1 text-xs text-muted", children: [_jsx("time", { dateTime: message.createdAt, children: shortWhen(message.createdAt, i18n.language) }), _jsx("span", { "aria-hidden": "true", children: "\u00B7" }), _jsx("span", { title: message.encoding, children: t('assistant.sms.segments', { count: message.segments }) }), delivery && (_jsxs(_Fragment, { children: [_jsx("span", { "aria-hidden": "true", children: "\u00B7" }), _jsxs("span", { "data-testid": "sms-delivery", className: delivery.bad ? 'text-danger' : undefined, children: [_jsxs("span", { "aria-hidden": "true", children: [delivery.mark, " "] }), delivery.text] })] }))] })] }));
}
function deliveryLine(t, message) {
    const code = message.errorCode ?? '?';
    switch (message.status) {
        case 'pending':
        case 'queued':
            return { mark: '…', text: t('assistant.sms.status.sending'), bad: false };
        case 'sent':
            return { mark: '✓', text: t('assistant.sms.status.sent'), bad: false };
        case 'delivered':
            return { mark: '✓✓', text: t('assistant.sms.status.delivered'), bad: false };
        case 'undelivered':
            return { mark: '✗', text: t('assistant.sms.status.undelivered', { code }), bad: true };
        case 'failed':
            return { mark: '✗', text: t('assistant.sms.status.failed', { code }), bad: true };
        case 'blocked':
            return { mark: '⊘', text: t('assistant.sms.status.blocked'), bad: true };
        default:
            return null;
    }
}
