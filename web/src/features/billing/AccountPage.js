import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
import { BalanceSection } from './BalanceSection';
import { CacheSection } from './CacheSection';
import { CheckoutReturnNotice } from './CheckoutReturnNotice';
import { LedgerSection } from './LedgerSection';
import { UsageSection } from './UsageSection';
/**
 * Usage and billing: plan and credits, buying more, what was spent, the ledger and the response
 * cache; `children` are sections of other features that belong here (the app puts them in).
 */
export function AccountPage({ children }) {
    const { t } = useTranslation();
    useEffect(() => {
        document.title = `${t('billing.title')} · Vectort`;
    }, [t]);
    return (_jsxs("div", { className: "flex min-h-full flex-col", children: [_jsx(SkipLink, {}), _jsx(AppHeader, {}), _jsxs("main", { id: "main", tabIndex: -1, className: "mx-auto flex w-full max-w-5xl flex-1 flex-col gap-6 px-4 py-6 outline-none sm:py-10", children: [_jsxs("div", { children: [_jsx("h1", { className: "text-2xl font-semibold text-fg", children: t('billing.title') }), _jsx("p", { className: "mt-1 text-sm text-muted", children: t('billing.subtitle') })] }), _jsx(CheckoutReturnNotice, {}), _jsx(BalanceSection, {}), _jsx(UsageSection, {}), _jsx(LedgerSection, {}), _jsx(CacheSection, {}), children] })] }));
}
