import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
/** The start of a provider sign-in: a full-page navigation, since the provider's pages are not ours. */
export function providerStartUrl(id, next, linkTicket) {
    const link = linkTicket ? `&link=${encodeURIComponent(linkTicket)}` : '';
    return `/api/v1/auth/oauth2/start/${encodeURIComponent(id)}?next=${encodeURIComponent(next)}${link}`;
}
/**
 * Sign-in with the providers the server has enabled (Google, GitHub, Apple, OpenID Connect): one
 * plain link per provider, so it works from the keyboard, in a new tab and without scripts after
 * the list loaded. Shows nothing when none is enabled or the list cannot be read.
 */
export function ProviderButtons({ next, only, linkTicket, }) {
    const { t } = useTranslation();
    const [providers, setProviders] = useState([]);
    useEffect(() => {
        let cancelled = false;
        fetch('/api/v1/auth/providers', { headers: { Accept: 'application/json' } })
            .then((response) => (response.ok ? response.json() : []))
            .then((list) => {
            if (!cancelled && Array.isArray(list) && list.length > 0)
                setProviders(list);
        })
            .catch(() => {
            // Without the list the password form still works; nothing to show.
        });
        return () => {
            cancelled = true;
        };
    }, []);
    const shown = only ? providers.filter((provider) => only.includes(provider.id)) : providers;
    if (shown.length === 0)
        return null;
    return (_jsxs("nav", { "aria-label": t('oauth.providersLabel'), className: "mt-6", children: [_jsxs("div", { className: "mb-4 flex items-center gap-3 text-xs text-muted", "aria-hidden": "true", children: [_jsx("span", { className: "h-px flex-1 bg-border" }), t('oauth.or'), _jsx("span", { className: "h-px flex-1 bg-border" })] }), _jsx("ul", { className: "flex flex-col gap-2", children: shown.map((provider) => (_jsx("li", { children: _jsx("a", { href: providerStartUrl(provider.id, next, linkTicket), "data-testid": `provider-${provider.id}`, className: "flex w-full items-center justify-center rounded-md border border-border bg-surface px-4 py-2 text-sm font-medium text-fg transition-colors hover:bg-surface-2 focus-visible:outline-2 focus-visible:outline-offset-2", children: linkTicket
                            ? t('oauth.link.confirmWith', { name: provider.name })
                            : t('oauth.continueWith', { name: provider.name }) }) }, provider.id))) })] }));
}
