import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { number } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { billingApi, browser, PACKS, PAID_PLANS } from './api';
import { credits, usd, USD_PER_CREDIT } from './format';
import { isNotConfigured, purchaseErrorMessage } from './purchaseError';
import { NUM, Section, TABLE, TD, TH } from '../../shared/ui/Section';
import { useLoader } from '../../shared/api/useLoader';
const loadBalance = async (signal) => {
    const [balance, plans] = await Promise.all([billingApi.balance(signal), billingApi.plans(signal)]);
    return { balance, plans };
};
function useLimit() {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    return (value) => (value == null ? t('billing.unlimited') : number(value, lang));
}
/** The plan, the credits, buying more, and every plan's limits. */
export function BalanceSection() {
    const { t, i18n } = useTranslation();
    const lang = i18n.resolvedLanguage ?? 'en';
    const limit = useLimit();
    const { data, error, reload } = useLoader(loadBalance);
    const balance = data?.balance ?? null;
    const plans = data?.plans ?? null;
    const [buying, setBuying] = useState(null);
    const [purchaseError, setPurchaseError] = useState(null);
    const buy = async (key, purchase) => {
        setBuying(key);
        setPurchaseError(null);
        try {
            const checkout = await billingApi.purchase(purchase);
            browser.go(checkout.checkout_url);
        }
        catch (e) {
            setPurchaseError(e);
            setBuying(null);
        }
    };
    return (_jsxs(Section, { title: t('billing.balance.title'), testId: "billing-balance", children: [error != null && _jsx(ErrorAlert, { error: error, onRetry: reload }), balance === null && error == null && _jsx(Loading, {}), balance !== null && (_jsxs("div", { className: "flex flex-col gap-5", children: [_jsxs("dl", { className: "grid gap-3 sm:grid-cols-3", children: [_jsxs("div", { className: "rounded-lg bg-surface-2 p-3", children: [_jsx("dt", { className: "text-xs text-muted", children: t('billing.balance.available') }), _jsx("dd", { className: "text-2xl font-semibold text-fg tabular-nums", "data-testid": "available-credits", children: credits(balance.availableCredits, lang) }), _jsx("dd", { className: "text-sm text-muted", children: usd(balance.availableUsd, lang) })] }), _jsxs("div", { className: "rounded-lg bg-surface-2 p-3", children: [_jsx("dt", { className: "text-xs text-muted", children: t('billing.balance.reserved') }), _jsx("dd", { className: "text-2xl font-semibold text-fg tabular-nums", children: credits(balance.reservedCredits, lang) }), _jsx("dd", { className: "text-sm text-muted", children: usd(balance.reservedCredits * USD_PER_CREDIT, lang) })] }), _jsxs("div", { className: "rounded-lg bg-surface-2 p-3", children: [_jsx("dt", { className: "text-xs text-muted", children: t('billing.balance.plan') }), _jsx("dd", { className: "text-2xl font-semibold text-fg", "data-testid": "plan-name", children: balance.plan.name }), _jsx("dd", { className: "text-sm text-muted", children: t('billing.balance.creditHint') })] })] }), _jsxs("dl", { className: "grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]", children: [_jsx("dt", { className: "text-muted", children: t('billing.plans.generationsPerMinute') }), _jsx("dd", { className: "text-fg", children: limit(balance.plan.generationsPerMinute) }), _jsx("dt", { className: "text-muted", children: t('billing.plans.apiRequestsPerDay') }), _jsx("dd", { className: "text-fg", children: limit(balance.plan.apiRequestsPerDay) }), _jsx("dt", { className: "text-muted", children: t('billing.plans.monthlyCredits') }), _jsxs("dd", { className: "text-fg", children: [credits(balance.plan.monthlyCredits, lang), " (", usd(balance.plan.monthlyCredits * USD_PER_CREDIT, lang), ")"] })] }), _jsxs("div", { children: [_jsx("h3", { className: "mb-2 text-sm font-semibold text-fg", children: t('billing.buy.title') }), _jsx("div", { className: "flex flex-wrap gap-2", children: PACKS.map((pack) => {
                                    const dollars = Number(pack.split('-')[1]);
                                    return (_jsx(Button, { variant: "primary", busy: buying === pack, disabled: buying !== null, onClick: () => void buy(pack, { pack }), children: t('billing.buy.pack', { amount: usd(dollars, lang) }) }, pack));
                                }) }), purchaseError != null && (_jsx("p", { role: "alert", "data-testid": "purchase-error", className: `mt-3 rounded-md border px-3 py-2 text-sm ${isNotConfigured(purchaseError)
                                    ? 'border-border bg-surface-2 text-fg'
                                    : 'border-danger/40 bg-danger-bg text-danger'}`, children: purchaseErrorMessage(t, purchaseError) }))] }), plans !== null && plans.length > 0 && (_jsx("div", { className: "overflow-x-auto", children: _jsxs("table", { className: TABLE, children: [_jsx("caption", { className: "mb-2 text-left text-sm font-semibold text-fg", children: t('billing.plans.title') }), _jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", className: TH, children: t('billing.plans.plan') }), _jsx("th", { scope: "col", className: `${TH} ${NUM}`, children: t('billing.plans.generationsPerMinute') }), _jsx("th", { scope: "col", className: `${TH} ${NUM}`, children: t('billing.plans.apiRequestsPerDay') }), _jsx("th", { scope: "col", className: `${TH} ${NUM}`, children: t('billing.plans.monthlyCredits') }), _jsx("th", { scope: "col", className: TH, children: t('billing.plans.overLimit') }), _jsx("th", { scope: "col", className: TH, children: _jsx("span", { className: "sr-only", children: t('billing.plans.action') }) })] }) }), _jsx("tbody", { children: plans.map((plan) => {
                                        const current = plan.id === balance.plan.id;
                                        const forSale = PAID_PLANS.includes(plan.id);
                                        return (_jsxs("tr", { "data-testid": "plan-row", "aria-current": current || undefined, children: [_jsx("th", { scope: "row", className: `${TD} font-medium`, children: plan.name }), _jsx("td", { className: `${TD} ${NUM}`, children: limit(plan.generationsPerMinute) }), _jsx("td", { className: `${TD} ${NUM}`, children: limit(plan.apiRequestsPerDay) }), _jsx("td", { className: `${TD} ${NUM}`, children: credits(plan.monthlyCredits, lang) }), _jsx("td", { className: TD, children: plan.generationsPerMinute == null
                                                        ? '—'
                                                        : plan.queuesExcess
                                                            ? t('billing.plans.queued')
                                                            : t('billing.plans.refused') }), _jsx("td", { className: `${TD} text-right`, children: current ? (_jsx("span", { className: "rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-fg", children: t('billing.plans.current') })) : (forSale && (_jsx(Button, { size: "sm", busy: buying === plan.id, disabled: buying !== null, onClick: () => void buy(plan.id, { plan: plan.id }), children: t('billing.plans.switch', { name: plan.name }) }))) })] }, plan.id));
                                    }) })] }) }))] }))] }));
}
