import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSession } from '../auth/session';
import { OrgSwitcher } from '../org/OrgSwitcher';
import { SignOutIcon } from './Icons';
import { LanguagePicker, ThemeToggle } from './Preferences';
export function Logo({ compact = false }) {
    return (_jsxs("span", { className: "inline-flex items-center gap-2 font-semibold tracking-tight text-fg", children: [_jsxs("svg", { "aria-hidden": "true", viewBox: "0 0 32 32", className: "h-7 w-7", children: [_jsx("rect", { width: "32", height: "32", rx: "7", fill: "#4f46e5" }), _jsx("path", { d: "M8 9l8 15 8-15", fill: "none", stroke: "#fff", strokeWidth: "3.2", strokeLinecap: "round", strokeLinejoin: "round" })] }), _jsx("span", { className: compact ? 'hidden sm:inline' : undefined, children: "Vectort" })] }));
}
/**
 * The top bar: home, the organisation, an optional trail, preferences, and the account. On a
 * narrow screen the organisation switcher takes a row of its own under the rest.
 */
export function AppHeader({ children }) {
    const { t } = useTranslation();
    const { user, status, signOut } = useSession();
    return (_jsx("header", { className: "border-b border-border bg-surface", children: _jsxs("div", { className: "mx-auto flex w-full flex-wrap items-center gap-2 px-3 py-2 sm:flex-nowrap sm:gap-3 sm:px-4", children: [_jsx(Link, { to: "/projects", className: "shrink-0 rounded", "aria-label": t('nav.home'), children: _jsx(Logo, { compact: true }) }), status === 'signed-in' && (_jsx("div", { className: "order-last flex min-w-0 basis-full sm:order-none sm:basis-auto", children: _jsx(OrgSwitcher, {}) })), _jsx("div", { className: "min-w-0 flex-1", children: children }), _jsx(LanguagePicker, {}), _jsx(ThemeToggle, {}), status === 'signed-in' && (_jsxs(_Fragment, { children: [_jsx(NavLink, { to: "/assistant", className: "inline-flex h-8 items-center rounded-md px-2 text-sm font-medium text-fg hover:bg-surface-2 aria-[current=page]:bg-surface-2", children: t('assistant.nav.link') }), _jsx(NavLink, { to: "/account", className: "inline-flex h-8 items-center rounded-md px-2 text-sm font-medium text-fg hover:bg-surface-2 aria-[current=page]:bg-surface-2", children: t('nav.account') }), _jsx(NavLink, { to: "/settings/security", className: "inline-flex h-8 items-center rounded-md px-2 text-sm font-medium text-fg hover:bg-surface-2 aria-[current=page]:bg-surface-2", children: t('nav.security') }), _jsx("span", { className: "hidden max-w-48 truncate text-sm text-muted md:inline", title: user?.email, children: user?.email }), _jsxs("button", { type: "button", onClick: () => void signOut(), title: t('nav.signOut'), className: "inline-flex h-8 items-center gap-1 rounded-md px-2 text-sm font-medium text-fg hover:bg-surface-2", children: [_jsx(SignOutIcon, {}), _jsx("span", { className: "sr-only sm:not-sr-only", children: t('nav.signOut') })] })] }))] }) }));
}
export function SkipLink() {
    const { t } = useTranslation();
    return (_jsx("a", { href: "#main", className: "sr-only z-50 rounded bg-accent px-3 py-2 text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2", children: t('nav.skip') }));
}
