import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { number } from '../../../shared/format/format';
import { monthName, usd } from './smsFormat';
/** This month's texts: parts sent and received, what they cost, and how much of the month's limit is used. */
export function SmsUsage({ usage }) {
    const { t, i18n } = useTranslation();
    const lang = i18n.language;
    const budget = usage.segmentBudget;
    const share = budget ? Math.min(1, usage.segmentsSent / budget) : 0;
    return (_jsxs("div", { className: "flex flex-col gap-2 border-t border-border pt-4", "data-testid": "sms-usage", children: [_jsx("h3", { className: "text-base font-semibold text-fg", children: t('assistant.sms.usageTitle', { month: monthName(usage.month, lang) }) }), _jsxs("dl", { className: "grid grid-cols-3 gap-2 text-sm", children: [_jsx(UsageFigure, { label: t('assistant.sms.usageSent'), value: number(usage.segmentsSent, lang) }), _jsx(UsageFigure, { label: t('assistant.sms.usageReceived'), value: number(usage.segmentsReceived, lang) }), _jsx(UsageFigure, { label: t('assistant.sms.usageCost'), value: usd(usage.costUsd, lang) })] }), budget !== null && budget > 0 && (_jsxs(_Fragment, { children: [_jsx("div", { role: "progressbar", "aria-label": t('assistant.sms.usageBudgetLabel'), "aria-valuemin": 0, "aria-valuemax": budget, "aria-valuenow": Math.min(usage.segmentsSent, budget), className: "h-2 w-full overflow-hidden rounded-full bg-surface-2", children: _jsx("div", { className: `h-full rounded-full ${share >= 0.9 ? 'bg-warn' : 'bg-accent'}`, style: { width: `${Math.round(share * 100)}%` } }) }), _jsx("p", { className: "text-xs text-muted", children: t('assistant.sms.usageBudget', { used: number(usage.segmentsSent, lang), budget: number(budget, lang) }) })] })), _jsx("p", { className: "text-xs text-muted", children: t('assistant.sms.usageHint') })] }));
}
function UsageFigure({ label, value }) {
    return (_jsxs("div", { className: "flex flex-col", children: [_jsx("dt", { className: "text-xs text-muted", children: label }), _jsx("dd", { className: "text-base font-medium text-fg tabular-nums", children: value })] }));
}
