import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../shared/format/format';
import { intentLabel, stepLine } from './steps';
const BUBBLE = 'rounded-2xl px-4 py-2 text-base break-words whitespace-pre-wrap';
/** A stored message: the person's, or a reply with what it did and who wrote it (rules or an AI model). */
export function MessageBubble({ message, timeZone }) {
    const { t, i18n } = useTranslation();
    const mine = message.role === 'user';
    // Replies from before the agent (and not-AI ones) tell what they did by their intent.
    const intentStep = message.steps.length === 0 && message.notAi ? intentLabel(t, message.intent) : null;
    return (_jsxs("li", { "data-testid": mine ? 'message-user' : 'message-assistant', className: `flex max-w-[85%] flex-col gap-1 ${mine ? 'self-end items-end' : 'self-start items-start'}`, children: [_jsx("span", { className: "sr-only", children: mine ? t('assistant.chat.you') : t('assistant.chat.assistant') }), _jsx("p", { className: `${BUBBLE} ${mine ? 'bg-accent text-accent-fg' : 'bg-surface-2 text-fg'}`, children: message.content }), message.steps.length > 0 && _jsx(StepList, { steps: message.steps, timeZone: timeZone }), _jsxs("span", { className: "flex flex-wrap items-center gap-2 text-xs text-muted", children: [intentStep && _jsxs("span", { "data-testid": "step", children: ["\u2713 ", intentStep] }), !mine &&
                        (message.notAi ? (_jsx("span", { className: "rounded border border-border px-1.5 py-0.5", title: t('assistant.chat.notAiHint'), children: t('assistant.chat.notAi') })) : (_jsx("span", { "data-testid": "ai-label", className: "rounded border border-border px-1.5 py-0.5", title: t('assistant.chat.aiHint', { model: message.model ?? '?' }), children: t('assistant.chat.ai') }))), _jsx("time", { dateTime: message.createdAt, children: dateTime(message.createdAt, i18n.language) })] })] }));
}
/**
 * The reply while it is written: a calm "thinking" until the first words, then the words as they
 * come, and the steps as they happen. Not a live region: screen readers hear the stored reply once.
 */
export function LiveBubble({ live, timeZone }) {
    const { t } = useTranslation();
    return (_jsxs("li", { "data-testid": "message-live", "aria-busy": "true", className: "flex max-w-[85%] flex-col items-start gap-1 self-start", children: [_jsx("span", { className: "sr-only", children: t('assistant.chat.assistant') }), live.text ? (_jsx("p", { className: `${BUBBLE} bg-surface-2 text-fg`, children: live.text })) : (_jsxs("p", { "data-testid": "thinking", className: `${BUBBLE} bg-surface-2 text-muted`, children: [_jsx("span", { "aria-hidden": "true", className: "mr-2 motion-safe:animate-pulse", children: "\u2022\u2022\u2022" }), t('assistant.chat.thinking')] })), live.steps.length > 0 && _jsx(StepList, { steps: live.steps, timeZone: timeZone })] }));
}
function StepList({ steps, timeZone }) {
    const { t, i18n } = useTranslation();
    return (_jsx("ul", { className: "flex flex-col gap-0.5 px-1 text-sm text-muted", children: steps.map((step, i) => (_jsxs("li", { "data-testid": "step", className: "flex gap-1.5", children: [_jsx("span", { "aria-hidden": "true", className: step.ok ? 'text-success' : 'text-danger', children: step.ok ? '✓' : '✗' }), _jsx("span", { children: stepLine(t, step, i18n.language, timeZone) })] }, i))) }));
}
/** What screen readers hear once a reply is stored: its words, then what it did. */
export function announcement(t, reply, language, timeZone) {
    return [reply.content, ...reply.steps.map((s) => stepLine(t, s, language, timeZone))].map(sentence).join(' ');
}
/** Ends with a full stop unless it already ends a sentence: the reader pauses between the parts. */
function sentence(text) {
    return /[.!?…。！？]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
