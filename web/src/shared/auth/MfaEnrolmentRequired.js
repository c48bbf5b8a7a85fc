import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../api/problem';
/** An organisation refused a request because its policy requires two-factor authentication. */
export function isMfaEnrolmentRequired(error) {
    return isApiError(error) && error.code === 'mfa-enrolment-required';
}
/** What to do about it: a clear message and the way to the security settings. */
export function MfaEnrolmentRequired({ className = '' }) {
    const { t } = useTranslation();
    return (_jsxs("div", { role: "alert", "data-testid": "mfa-enrolment-required", className: `flex flex-col gap-2 rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-warn ${className}`, children: [_jsx("p", { children: t('mfa.enrolmentRequired.message') }), _jsx(Link, { to: "/settings/security", className: "self-start font-medium underline underline-offset-2", children: t('mfa.enrolmentRequired.link') })] }));
}
