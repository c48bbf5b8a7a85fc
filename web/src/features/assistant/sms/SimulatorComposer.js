import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../shared/ui/Button';
import { smsErrorText } from './smsErrors';
import { smsApi } from './smsApi';
/** Longer texts are cut by carriers into too many parts: the same limit as a concatenated SMS. */
const MAX_LENGTH = 1600;
/**
 * The simulator's keyboard: what is typed here reaches the Assistant as if texted from the
 * person's phone. Enter sends, Shift+Enter starts a new line. It waits for a verified phone.
 */
export function SimulatorComposer({ enabled, onSent }) {
    const { t } = useTranslation();
    const id = useId();
    const input = useRef(null);
    const [draft, setDraft] = useState('');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const submit = async () => {
        const body = draft.trim();
        if (!body || busy || !enabled)
            return;
        setBusy(true);
        setError(null);
        try {
            const sent = await smsApi.simulateInbound(body);
            setDraft('');
            onSent(sent.id);
        }
        catch (e) {
            setError(e);
        }
        finally {
            setBusy(false);
            input.current?.focus();
        }
    };
    const onKeyDown = (e) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void submit();
        }
    };
    return (_jsxs("form", { className: "flex flex-col gap-2 border-t border-border bg-surface p-2", onSubmit: (e) => {
            e.preventDefault();
            void submit();
        }, children: [!enabled && (_jsxs("p", { id: `${id}-why`, className: "px-1 text-sm text-muted", "data-testid": "sms-composer-disabled", children: [t('assistant.sms.composerNeedsPhone'), ' ', _jsx(Link, { to: "/assistant/settings", className: "font-medium text-link underline underline-offset-2", children: t('assistant.sms.goSettings') })] })), _jsxs("div", { className: "flex items-end gap-2", children: [_jsx("label", { htmlFor: id, className: "sr-only", children: t('assistant.sms.composerLabel') }), _jsx("textarea", { id: id, ref: input, value: draft, onChange: (e) => setDraft(e.target.value), onKeyDown: onKeyDown, rows: 1, maxLength: MAX_LENGTH, disabled: !enabled, "aria-describedby": enabled ? `${id}-hint` : `${id}-why`, placeholder: t('assistant.sms.composerPlaceholder'), "data-testid": "sms-composer-input", className: "min-h-11 min-w-0 flex-1 resize-none rounded-2xl border border-border bg-bg px-3 py-2 text-base text-fg placeholder:text-muted focus-visible:outline-2 disabled:opacity-60" }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, disabled: !enabled || !draft.trim(), className: "min-h-11 rounded-full", "data-testid": "sms-send", children: t('assistant.sms.send') })] }), enabled && (_jsx("p", { id: `${id}-hint`, className: "px-1 text-xs text-muted", children: t('assistant.sms.composerHint') })), error !== null && (_jsx("p", { role: "alert", className: "px-1 text-sm text-danger", children: smsErrorText(t, error) }))] }));
}
