import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { number } from '../../shared/format/format';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { billingApi } from './api';
import { credits, usd } from './format';
import { NUM, Section, TABLE, TD, TH } from '../../shared/ui/Section';
import { useLoader } from '../../shared/api/useLoader';
const loadUsage = (signal) => billingApi.usage(signal);
function day(iso, language) {
    // A calendar day in UTC: formatting it in the local zone could show the day before.
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
/** What the last 30 days cost, per day, provider and model. */
export function UsageSection() {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    const { data: rows, error, reload } = useLoader(loadUsage);
    const total = (rows ?? []).reduce((sum, r) => ({
        calls: sum.calls + r.calls,
        inputTokens: sum.inputTokens + r.inputTokens,
        outputTokens: sum.outputTokens + r.outputTokens,
        costUsd: sum.costUsd + r.costUsd,
        credits: sum.credits + r.credits,
    }), { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, credits: 0 });
    return (_jsxs(Section, { title: t('billing.usage.title'), testId: "billing-usage", children: [error != null && _jsx(ErrorAlert, { error: error, onRetry: reload }), rows === null && error == null && _jsx(Loading, {}), rows !== null && rows.length === 0 && (_jsx(EmptyState, { title: t('billing.usage.empty.title'), children: t('billing.usage.empty.body') })), rows !== null && rows.length > 0 && (_jsx("div", { className: "overflow-x-auto", children: _jsxs("table", { className: TABLE, children: [_jsx("caption", { className: "sr-only", children: t('billing.usage.caption') }), _jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", className: TH, children: t('billing.usage.day') }), _jsx("th", { scope: "col", className: TH, children: t('billing.usage.provider') }), _jsx("th", { scope: "col", className: TH, children: t('billing.usage.model') }), _jsx("th", { scope: "col", className: `${TH} ${NUM}`, children: t('billing.usage.calls') }), _jsx("th", { scope: "col", className: `${TH} ${NUM}`, children: t('billing.usage.inputTokens') }), _jsx("th", { scope: "col", className: `${TH} ${NUM}`, children: t('billing.usage.outputTokens') }), _jsx("th", { scope: "col", className: `${TH} ${NUM}`, children: t('billing.usage.usd') }), _jsx("th", { scope: "col", className: `${TH} ${NUM}`, children: t('billing.usage.credits') })] }) }), _jsx("tbody", { children: rows.map((r) => (_jsxs("tr", { children: [_jsx("td", { className: TD, children: _jsx("time", { dateTime: r.day, children: day(r.day, lang) }) }), _jsx("td", { className: TD, children: r.provider }), _jsx("td", { className: `${TD} break-all`, children: r.model }), _jsxs("td", { className: `${TD} ${NUM}`, children: [number(r.calls, lang), r.estimatedCalls > 0 && (_jsxs("span", { className: "text-muted", title: t('billing.usage.estimatedTitle'), children: [' ', t('billing.usage.estimated', { count: r.estimatedCalls })] }))] }), _jsx("td", { className: `${TD} ${NUM}`, children: number(r.inputTokens, lang) }), _jsx("td", { className: `${TD} ${NUM}`, children: number(r.outputTokens, lang) }), _jsx("td", { className: `${TD} ${NUM}`, children: usd(r.costUsd, lang) }), _jsx("td", { className: `${TD} ${NUM}`, children: credits(r.credits, lang) })] }, `${r.day}/${r.provider}/${r.model}`))) }), _jsx("tfoot", { children: _jsxs("tr", { className: "font-semibold", "data-testid": "usage-total", children: [_jsx("th", { scope: "row", colSpan: 3, className: `${TD} text-left`, children: t('billing.usage.total') }), _jsx("td", { className: `${TD} ${NUM}`, children: number(total.calls, lang) }), _jsx("td", { className: `${TD} ${NUM}`, children: number(total.inputTokens, lang) }), _jsx("td", { className: `${TD} ${NUM}`, children: number(total.outputTokens, lang) }), _jsx("td", { className: `${TD} ${NUM}`, children: usd(total.costUsd, lang) }), _jsx("td", { className: `${TD} ${NUM}`, children: credits(total.credits, lang) })] }) })] }) }))] }));
}
