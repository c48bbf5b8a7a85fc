import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
/** The frame of the organisation pages: the header with a trail back to projects, and the page's title. */
export function OrgPageLayout({ title, subtitle, actions, children, }) {
    const { t } = useTranslation();
    useEffect(() => {
        document.title = `${title} · Vectort`;
    }, [title]);
    return (_jsxs("div", { className: "flex min-h-full flex-col", children: [_jsx(SkipLink, {}), _jsx(AppHeader, { children: _jsxs("nav", { "aria-label": t('nav.breadcrumb'), className: "flex min-w-0 items-center gap-1 text-sm", children: [_jsx(Link, { to: "/projects", className: "hidden shrink-0 rounded px-1 text-muted hover:text-fg hover:underline sm:inline", children: t('nav.projects') }), _jsx(Link, { to: "/projects", className: "shrink-0 rounded px-1 text-muted hover:text-fg sm:hidden", "aria-label": t('nav.projects'), children: _jsx("span", { "aria-hidden": "true", children: "\u2190" }) })] }) }), _jsxs("main", { id: "main", tabIndex: -1, className: "mx-auto flex w-full max-w-5xl flex-1 flex-col gap-6 px-4 py-6 outline-none sm:py-10", children: [_jsxs("div", { className: "flex flex-wrap items-start justify-between gap-3", children: [_jsxs("div", { className: "min-w-0", children: [_jsx("h1", { className: "text-2xl font-semibold break-words text-fg", children: title }), subtitle && _jsx("p", { className: "mt-1 text-sm text-muted", children: subtitle })] }), actions] }), children] })] }));
}
