import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
import { EmailSection } from './EmailSection';
import { LinkedAccountsSection } from './LinkedAccountsSection';
import { PasswordSection } from './PasswordSection';
import { SessionsSection } from './SessionsSection';
import { TwoFactorSection } from './TwoFactorSection';
/** Sign-in and security settings: password, two-factor, linked providers, active sessions. */
export function SecurityPage() {
    const { t } = useTranslation();
    useEffect(() => {
        document.title = `${t('security.title')} · Vectort`;
    }, [t]);
    return (_jsxs("div", { className: "flex min-h-full flex-col", children: [_jsx(SkipLink, {}), _jsx(AppHeader, {}), _jsxs("main", { id: "main", tabIndex: -1, className: "mx-auto flex w-full max-w-3xl flex-1 flex-col gap-6 px-4 py-6 outline-none sm:py-10", children: [_jsxs("div", { children: [_jsx("h1", { className: "text-2xl font-semibold text-fg", children: t('security.title') }), _jsx("p", { className: "mt-1 text-sm text-muted", children: t('security.subtitle') })] }), _jsx(EmailSection, {}), _jsx(PasswordSection, {}), _jsx(TwoFactorSection, {}), _jsx(LinkedAccountsSection, {}), _jsx(SessionsSection, {})] })] }));
}
