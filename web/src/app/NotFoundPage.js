import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppHeader, SkipLink } from '../shared/ui/AppHeader';
import { EmptyState } from '../shared/ui/States';
export function NotFoundPage() {
    const { t } = useTranslation();
    return (_jsxs("div", { className: "flex min-h-full flex-col", children: [_jsx(SkipLink, {}), _jsx(AppHeader, {}), _jsx("main", { id: "main", tabIndex: -1, className: "flex-1 outline-none", children: _jsx(EmptyState, { title: t('notFound.title'), action: _jsx(Link, { to: "/", className: "font-medium text-link underline underline-offset-2", children: t('notFound.home') }), children: t('notFound.body') }) })] }));
}
