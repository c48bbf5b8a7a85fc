import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { number } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
/** Previous and next page, with where we are: pages count from 0 in the API, from 1 on screen. */
export function Pagination({ page, size, totalItems, onPage, }) {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    const pages = Math.max(1, Math.ceil(totalItems / Math.max(1, size)));
    const first = totalItems === 0 ? 0 : page * size + 1;
    const last = Math.min(totalItems, (page + 1) * size);
    return (_jsxs("nav", { "aria-label": t('audit.pagination'), className: "flex flex-wrap items-center justify-between gap-3 text-sm", children: [_jsx("p", { className: "text-muted", "data-testid": "audit-range", children: t('audit.range', { first: number(first, lang), last: number(last, lang), total: number(totalItems, lang) }) }), _jsxs("div", { className: "flex items-center gap-2", children: [_jsx(Button, { size: "sm", disabled: page <= 0, onClick: () => onPage(page - 1), children: t('audit.previous') }), _jsx("span", { "aria-current": "page", className: "text-fg tabular-nums", children: t('audit.pageOf', { page: number(page + 1, lang), pages: number(pages, lang) }) }), _jsx(Button, { size: "sm", disabled: page + 1 >= pages, onClick: () => onPage(page + 1), children: t('audit.next') })] })] }));
}
