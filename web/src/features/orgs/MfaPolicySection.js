import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { Button } from '../../shared/ui/Button';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert } from '../../shared/ui/States';
import { orgApi } from './api';
const POLICIES = ['none', 'admins', 'everyone'];
/**
 * Whom the organisation requires two-factor authentication of: owners choose; everyone else sees the
 * rule that applies to them.
 */
export function MfaPolicySection({ organization, onChanged, }) {
    const { t } = useTranslation();
    const current = organization.mfaPolicy ?? 'none';
    const [choice, setChoice] = useState(current);
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const [saved, setSaved] = useState(false);
    const isOwner = organization.role === 'owner';
    if (!isOwner) {
        return (_jsxs(Section, { title: t('mfa.policy.title'), testId: "org-mfa-policy", children: [_jsx("p", { className: "text-sm text-muted", children: t('mfa.policy.legend') }), _jsx("p", { className: "mt-1 text-sm text-fg", children: t(`mfa.policy.${current}`) })] }));
    }
    const submit = async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        setSaved(false);
        try {
            const policy = await orgApi.setMfaPolicy(organization.id, choice);
            setSaved(true);
            onChanged(policy);
        }
        catch (err) {
            setError(err);
        }
        finally {
            setBusy(false);
        }
    };
    const enrolFirst = isApiError(error) && error.code === 'enrol-first';
    return (_jsx(Section, { title: t('mfa.policy.title'), testId: "org-mfa-policy", children: _jsxs("form", { onSubmit: submit, noValidate: true, className: "flex flex-col gap-3", children: [_jsxs("fieldset", { className: "flex flex-col gap-2", children: [_jsx("legend", { className: "mb-1 text-sm text-muted", children: t('mfa.policy.legend') }), POLICIES.map((policy) => (_jsxs("label", { className: "flex items-start gap-2 text-sm text-fg", children: [_jsx("input", { type: "radio", name: "mfaPolicy", value: policy, checked: choice === policy, onChange: () => setChoice(policy), className: "mt-1" }), _jsx("span", { children: t(`mfa.policy.${policy}`) })] }, policy)))] }), enrolFirst ? (_jsxs("div", { role: "alert", className: "flex flex-col gap-1 rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-warn", children: [_jsx("p", { children: t('mfa.policy.enrolFirst') }), _jsx(Link, { to: "/settings/security", className: "self-start font-medium underline underline-offset-2", children: t('mfa.enrolmentRequired.link') })] })) : (_jsx(ErrorAlert, { error: error, describe: (err) => describeError(t, err) })), _jsxs("div", { className: "flex items-center gap-3", children: [_jsx(Button, { type: "submit", variant: "primary", busy: busy, disabled: choice === current, children: t('common.save') }), saved && choice === current && (_jsx("span", { role: "status", className: "text-sm text-success", children: t('mfa.policy.saved') }))] })] }) }));
}
