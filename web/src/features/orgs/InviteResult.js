import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/Button';
/**
 * What inviting gave: the link to accept it (to copy and share) and whether the server emailed it.
 * The link exists only in this answer: it is not shown again later.
 */
export function InviteResult({ invitation }) {
    const { t } = useTranslation();
    const id = useId();
    const input = useRef(null);
    const [copied, setCopied] = useState(null);
    const copy = async () => {
        if (!invitation.acceptUrl)
            return;
        try {
            await navigator.clipboard.writeText(invitation.acceptUrl);
            setCopied('yes');
        }
        catch {
            // No clipboard (an insecure origin, a refusal): select the link for Ctrl+C instead.
            input.current?.select();
            setCopied('select');
        }
    };
    return (_jsxs("div", { role: "status", "data-testid": "invite-result", className: "flex flex-col gap-2 rounded-lg border border-border bg-surface-2 p-3 text-sm", children: [_jsx("p", { className: "font-medium text-fg", children: t('invitations.created', { email: invitation.email }) }), _jsx("p", { className: "text-fg", "data-testid": "invite-email-sent", children: invitation.emailSent
                    ? t('invitations.emailSent', { email: invitation.email })
                    : t('invitations.emailNotSent') }), invitation.acceptUrl && (_jsxs("div", { className: "flex flex-col gap-1", children: [_jsx("label", { htmlFor: id, className: "text-xs font-medium text-muted", children: t('invitations.link') }), _jsxs("div", { className: "flex flex-wrap gap-2 sm:flex-nowrap", children: [_jsx("input", { ref: input, id: id, readOnly: true, value: invitation.acceptUrl, onFocus: (e) => e.currentTarget.select(), className: "min-w-0 flex-1 basis-56 rounded-md border border-border bg-surface px-3 py-2 font-mono text-xs text-fg" }), _jsx(Button, { onClick: () => void copy(), children: t('invitations.copy') })] }), _jsxs("p", { "aria-live": "polite", className: "text-xs text-muted", children: [copied === 'yes' && t('invitations.copied'), copied === 'select' && t('invitations.copyByHand')] })] }))] }));
}
