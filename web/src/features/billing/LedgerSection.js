import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { EmptyState, ErrorAlert, Loading } from '../../shared/ui/States';
import { billingApi } from './api';
import { credits } from './format';
import { NUM, Section, TABLE, TD, TH } from '../../shared/ui/Section';
/** Every credit movement, newest first, 20 at a time. */
export function LedgerSection() {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    const [entries, setEntries] = useState(null);
    const [next, setNext] = useState(null);
    const [loadingMore, setLoadingMore] = useState(false);
    const [error, setError] = useState(null);
    const load = useCallback((before, signal) => {
        setError(null);
        if (before)
            setLoadingMore(true);
        billingApi
            .ledger(before, signal)
            .then((page) => {
            setEntries((all) => (before ? [...(all ?? []), ...page.items] : page.items));
            setNext(page.nextBefore);
        })
            .catch((e) => {
            if (!signal?.aborted)
                setError(e);
        })
            .finally(() => setLoadingMore(false));
    }, []);
    useEffect(() => {
        const controller = new AbortController();
        load(null, controller.signal);
        return () => controller.abort();
    }, [load]);
    const signed = (value) => (value > 0 ? `+${credits(value, lang)}` : credits(value, lang));
    return (_jsxs(Section, { title: t('billing.ledger.title'), testId: "billing-ledger", children: [entries === null && error == null && _jsx(Loading, {}), entries !== null && entries.length === 0 && _jsx(EmptyState, { title: t('billing.ledger.empty') }), entries !== null && entries.length > 0 && (_jsx("div", { className: "overflow-x-auto", children: _jsxs("table", { className: TABLE, children: [_jsx("caption", { className: "sr-only", children: t('billing.ledger.caption') }), _jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", className: TH, children: t('billing.ledger.when') }), _jsx("th", { scope: "col", className: TH, children: t('billing.ledger.kind') }), _jsx("th", { scope: "col", className: TH, children: t('billing.ledger.description') }), _jsx("th", { scope: "col", className: `${TH} ${NUM}`, children: t('billing.ledger.credits') }), _jsx("th", { scope: "col", className: `${TH} ${NUM}`, children: t('billing.ledger.reserved') })] }) }), _jsx("tbody", { children: entries.map((e) => (_jsxs("tr", { "data-testid": "ledger-row", children: [_jsx("td", { className: `${TD} whitespace-nowrap`, children: _jsx("time", { dateTime: e.createdAt, children: dateTime(e.createdAt, lang) }) }), _jsx("td", { className: TD, children: t(`billing.ledger.kinds.${e.kind}`, { defaultValue: e.kind }) }), _jsx("td", { className: `${TD} max-w-xs break-words whitespace-normal`, children: e.description }), _jsx("td", { className: `${TD} ${NUM} ${e.credits < 0 ? 'text-danger' : e.credits > 0 ? 'text-success' : ''}`, children: signed(e.credits) }), _jsx("td", { className: `${TD} ${NUM} text-muted`, children: e.reservedCredits === 0 ? '—' : signed(e.reservedCredits) })] }, e.id))) })] }) })), error != null && _jsx(ErrorAlert, { error: error, onRetry: () => load(entries === null ? null : next), className: "mt-3" }), next && entries !== null && (_jsx("div", { className: "mt-3 flex justify-center", children: _jsx(Button, { busy: loadingMore, onClick: () => load(next), children: t('billing.ledger.more') }) }))] }));
}
