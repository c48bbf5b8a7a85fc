import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, Loading } from '../../../shared/ui/States';
import { AssistantLayout } from '../AssistantLayout';
import { PhoneFrame } from './PhoneFrame';
import { SimulatorComposer } from './SimulatorComposer';
import { SmsStateProvider, useSms } from './SmsStateContext';
import { SMS_POLL_MS, useSmsMessages } from './useSmsMessages';
/** After this long without an answer, stop showing that the Assistant is answering (a STOP gets none). */
const ANSWER_WAIT_MS = 30_000;
/**
 * "Text messages": the conversation by SMS, drawn as a phone. With no SMS provider it is the
 * simulator (type a text as if from your phone); with one, a read-only history of the texts.
 */
export function SmsPage({ pollMs = SMS_POLL_MS }) {
    const { t } = useTranslation();
    return (_jsx(AssistantLayout, { title: t('assistant.sms.pageTitle'), children: _jsx(SmsStateProvider, { children: _jsx(SmsConversation, { pollMs: pollMs }) }) }));
}
function SmsConversation({ pollMs }) {
    const { t } = useTranslation();
    const { state, error, unavailable, reload } = useSms();
    if (unavailable)
        return _jsx("p", { className: "text-base text-muted", children: t('assistant.sms.unavailable') });
    if (state === null && error)
        return _jsx(ErrorAlert, { error: error, onRetry: reload });
    if (state === null)
        return _jsx(Loading, {});
    return _jsx(SmsPhoneView, { state: state, pollMs: pollMs });
}
function SmsPhoneView({ state, pollMs }) {
    const { t } = useTranslation();
    const { reload } = useSms();
    const { messages, error, refresh } = useSmsMessages(pollMs);
    const [waitingFor, setWaitingFor] = useState(null);
    const simulator = state.mode === 'simulator';
    const verified = state.phone?.verified ?? false;
    const number = state.assistantNumber;
    // A text can change the state (STOP, START): read it again when new texts arrive.
    const seen = useRef(null);
    const reloadState = useRef(reload);
    useEffect(() => {
        reloadState.current = reload;
    });
    const count = messages?.length ?? null;
    useEffect(() => {
        if (count !== null && seen.current !== null && count > seen.current)
            reloadState.current();
        if (count !== null)
            seen.current = count;
    }, [count]);
    useEffect(() => {
        if (!waitingFor)
            return;
        const timer = setTimeout(() => setWaitingFor(null), ANSWER_WAIT_MS);
        return () => clearTimeout(timer);
    }, [waitingFor]);
    const waiting = waitingFor !== null && !answered(messages, waitingFor);
    const heading = simulator
        ? t('assistant.sms.simulatorTitle')
        : verified && number
            ? t('assistant.sms.textFrom', { number })
            : t('assistant.sms.pageTitle');
    return (_jsxs("div", { className: "flex flex-col gap-4", children: [_jsx("h2", { className: "text-2xl font-semibold text-fg", children: heading }), simulator && _jsx("p", { className: "text-sm text-muted", children: t('assistant.sms.simulatorIntro') }), !simulator && !verified && (_jsxs("p", { className: "rounded-md border border-border bg-surface px-3 py-2 text-sm text-fg", "data-testid": "sms-no-phone", children: [t(state.phone ? 'assistant.sms.explainVerify' : 'assistant.sms.explainNoPhone'), ' ', _jsx(Link, { to: "/assistant/settings", className: "font-medium text-link underline underline-offset-2", children: t('assistant.sms.goSettings') })] })), state.phone?.optedOut && (_jsx("p", { role: "status", className: "rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-fg", children: number ? t('assistant.sms.optedOut', { number }) : t('assistant.sms.optedOutNoNumber') })), _jsx(PhoneFrame, { contact: number, messages: messages, error: error, onRetry: () => void refresh(), waiting: waiting, empty: simulator && verified
                    ? t('assistant.sms.emptyTry', { example: t('assistant.sms.composerExample') })
                    : t('assistant.sms.empty'), footer: simulator ? (_jsx(SimulatorComposer, { enabled: verified, onSent: (id) => {
                        setWaitingFor(id);
                        void refresh();
                    } })) : (_jsx("p", { className: "border-t border-border bg-surface px-3 py-2 text-center text-xs text-muted", children: t('assistant.sms.readOnly') })) })] }));
}
/** Whether the Assistant has texted back since the person's text `id` (not yet listed = not answered). */
function answered(messages, id) {
    const at = messages?.findIndex((m) => m.id === id) ?? -1;
    return at >= 0 && messages.slice(at + 1).some((m) => m.direction === 'outbound');
}
