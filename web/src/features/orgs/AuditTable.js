import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../shared/format/format';
/** On narrow screens each row is a card, its cells labelled from `data-label`. */
const CELL = 'border-b border-border px-2 py-1.5 align-top text-fg max-md:flex max-md:gap-3 max-md:border-0 max-md:px-0 max-md:py-0.5 max-md:before:w-28 max-md:before:shrink-0 max-md:before:font-sans max-md:before:text-sm max-md:before:text-muted max-md:before:content-[attr(data-label)]';
const HEAD = 'border-b border-border px-2 py-1.5 text-xs font-semibold tracking-wide text-muted uppercase';
/** A short reading of the details: "member → admin" for a change, else its fields. */
export function describeDetails(details) {
    if (!details)
        return '';
    if ('from' in details && 'to' in details)
        return `${String(details.from)} → ${String(details.to)}`;
    return Object.entries(details)
        .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
        .join(', ');
}
export function AuditTable({ entries }) {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    const columns = {
        when: t('audit.columns.when'),
        actor: t('audit.columns.actor'),
        action: t('audit.columns.action'),
        target: t('audit.columns.target'),
        address: t('audit.columns.address'),
    };
    return (_jsxs("table", { className: "w-full border-collapse text-left text-sm max-md:block", children: [_jsx("caption", { className: "sr-only", children: t('audit.caption') }), _jsx("thead", { className: "max-md:sr-only", children: _jsxs("tr", { children: [_jsx("th", { scope: "col", className: HEAD, children: columns.when }), _jsx("th", { scope: "col", className: HEAD, children: columns.actor }), _jsx("th", { scope: "col", className: HEAD, children: columns.action }), _jsx("th", { scope: "col", className: HEAD, children: columns.target }), _jsx("th", { scope: "col", className: HEAD, children: columns.address })] }) }), _jsx("tbody", { className: "max-md:flex max-md:flex-col max-md:gap-3", children: entries.map((entry) => {
                    const details = describeDetails(entry.details);
                    return (_jsxs("tr", { "data-testid": "audit-row", className: "max-md:block max-md:rounded-lg max-md:border max-md:border-border max-md:bg-surface max-md:p-3", children: [_jsx("td", { "data-label": columns.when, className: `${CELL} whitespace-nowrap`, children: _jsx("time", { dateTime: entry.occurredAt, children: dateTime(entry.occurredAt, lang) }) }), _jsx("td", { "data-label": columns.actor, className: `${CELL} break-all`, children: entry.actor?.email ?? entry.actor?.userId ?? t('audit.system') }), _jsx("td", { "data-label": columns.action, className: `${CELL} font-mono text-xs break-all`, children: entry.action }), _jsx("td", { "data-label": columns.target, className: `${CELL} break-all`, children: _jsxs("span", { className: "flex flex-col", children: [_jsx("span", { children: [entry.targetType, entry.targetId].filter(Boolean).join(' ') || '—' }), details && _jsx("span", { className: "text-xs text-muted", children: details })] }) }), _jsx("td", { "data-label": columns.address, className: `${CELL} font-mono text-xs`, children: entry.clientAddress ?? '—' })] }, entry.id));
                }) })] }));
}
