import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../shared/auth/session';
import { AuthLayout } from '../../shared/ui/AuthLayout';
import { Button } from '../../shared/ui/Button';
import { ErrorAlert } from '../../shared/ui/States';
import { isInvalidLink, LINK_CLASS } from './links';
/**
 * An emailed link's page: one click confirms — a click, not on load, so that a mail scanner opening
 * the link confirms nothing. `texts` names the translations (`title`, `subtitle`, `submit`, `done`,
 * `continue`, `invalidLink`, `requestNew`); `retryPath` is where a new link can be asked for.
 */
export function ConfirmLink({ token, confirm, texts, retryPath, onConfirmed, }) {
    const { t } = useTranslation();
    const { status } = useSession();
    const [state, setState] = useState('idle');
    const [error, setError] = useState(null);
    const run = async () => {
        setState('busy');
        setError(null);
        try {
            await confirm(token);
            await onConfirmed?.();
            setState('done');
        }
        catch (err) {
            setError(err);
            setState('idle');
        }
    };
    const next = status === 'signed-in' ? '/projects' : '/signin';
    return (_jsx(AuthLayout, { title: t(`${texts}.title`), children: state === 'done' ? (_jsxs("div", { className: "flex flex-col gap-4", children: [_jsx("p", { role: "status", className: "rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg", children: t(`${texts}.done`) }), _jsx(Link, { to: next, className: `text-center text-sm ${LINK_CLASS}`, children: t(`${texts}.continue`) })] })) : isInvalidLink(error) ? (_jsxs("div", { className: "flex flex-col gap-4", children: [_jsx("p", { role: "alert", className: "rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger", children: t(`${texts}.invalidLink`) }), _jsx(Link, { to: retryPath, className: `text-center text-sm ${LINK_CLASS}`, children: t(`${texts}.requestNew`) })] })) : (_jsxs("div", { className: "flex flex-col gap-4", children: [_jsx("p", { className: "text-sm text-muted", children: t(`${texts}.subtitle`) }), _jsx(ErrorAlert, { error: error }), _jsx(Button, { type: "button", variant: "primary", busy: state === 'busy', onClick: run, className: "w-full", children: t(`${texts}.submit`) })] })) }));
}
