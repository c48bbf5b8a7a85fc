import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { Logo, SkipLink } from './AppHeader';
import { LanguagePicker, ThemeToggle } from './Preferences';
/** The frame of the signed-out pages (sign-in, sign-up, password reset): one card, centred. */
export function AuthLayout({ title, subtitle, children }) {
    return (_jsxs("div", { className: "flex min-h-full flex-col", children: [_jsx(SkipLink, {}), _jsxs("header", { className: "flex items-center justify-between gap-3 px-4 py-3", children: [_jsx(Logo, {}), _jsxs("div", { className: "flex items-center gap-2", children: [_jsx(LanguagePicker, {}), _jsx(ThemeToggle, {})] })] }), _jsx("main", { id: "main", tabIndex: -1, className: "flex flex-1 items-start justify-center px-4 py-8 outline-none sm:items-center", children: _jsxs("div", { className: "w-full max-w-sm rounded-xl border border-border bg-surface p-6 shadow-sm", children: [_jsx("h1", { className: "text-xl font-semibold text-fg", children: title }), subtitle && _jsx("p", { className: "mt-1 text-sm text-muted", children: subtitle }), _jsx("div", { className: "mt-6", children: children })] }) })] }));
}
