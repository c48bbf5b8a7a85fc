import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/messages';
import { isMfaEnrolmentRequired, MfaEnrolmentRequired } from '../auth/MfaEnrolmentRequired';
import { Spinner } from './Spinner';
/** A loading placeholder that screen readers announce politely. */
export function Loading({ label, className = '' }) {
    const { t } = useTranslation();
    return (_jsxs("div", { role: "status", className: `flex items-center justify-center gap-2 p-6 text-sm text-muted ${className}`, children: [_jsx(Spinner, {}), _jsx("span", { children: label ?? t('common.loading') })] }));
}
export function EmptyState({ title, children, action, icon, }) {
    return (_jsxs("div", { className: "flex flex-col items-center justify-center gap-3 px-6 py-12 text-center", children: [icon && _jsx("div", { className: "text-muted", "aria-hidden": "true", children: icon }), _jsx("h2", { className: "text-base font-semibold text-fg", children: title }), children && _jsx("div", { className: "max-w-md text-sm text-muted", children: children }), action] }));
}
/** An error as a person reads it (or as `describe` tells it), with an optional retry. */
export function ErrorAlert({ error, onRetry, describe, className = '', }) {
    const { t } = useTranslation();
    if (!error)
        return null;
    // Any organisation request may be refused by its MFA policy: say what to do, wherever it shows.
    if (isMfaEnrolmentRequired(error))
        return _jsx(MfaEnrolmentRequired, { className: className });
    return (_jsxs("div", { role: "alert", className: `flex flex-wrap items-start gap-3 rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger ${className}`, children: [_jsx("span", { className: "min-w-0 flex-1 break-words", children: describe ? describe(error) : describeError(t, error) }), onRetry && (_jsx("button", { type: "button", onClick: onRetry, className: "font-medium underline underline-offset-2", children: t('common.retry') }))] }));
}
