import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { forwardRef, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { Button } from '../../shared/ui/Button';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { announcement, LiveBubble, MessageBubble } from './MessageBubble';
import { useChatDraft } from './useChatDraft';
import { ReplyMissingError } from './useConversation';
/** The server refuses longer messages (docs/API.md); the counter appears near the end. */
const MAX_LENGTH = 2000;
/**
 * The conversation and its input. The input keeps focus through sending; Enter sends,
 * Shift+Enter starts a new line. The input empties as the message goes, and a message that was
 * not stored comes back to it (one that was stored does not: sending it again would ask twice).
 */
export const ChatPanel = forwardRef(function ChatPanel({ conversationId, messages, live, lastReply, timeZone, loadError, onRetry, onSend }, inputRef) {
    const { t, i18n } = useTranslation();
    const [draft, setDraft] = useChatDraft(conversationId);
    const [busy, setBusy] = useState(false);
    // A failed send belongs to its conversation: it is not shown in another one.
    const [failure, setFailure] = useState(null);
    const error = failure?.conversationId === conversationId ? failure.error : null;
    // A message typed before the conversation was known fails in the one that came.
    const shownConversation = useRef(conversationId);
    useEffect(() => {
        shownConversation.current = conversationId;
    }, [conversationId]);
    const end = useRef(null);
    useEffect(() => {
        end.current?.scrollIntoView?.({ block: 'end' });
    }, [messages?.length, live?.text.length, live?.steps.length]);
    const submit = async () => {
        const typed = draft;
        const content = typed.trim();
        if (!content || busy)
            return;
        setBusy(true);
        setFailure(null);
        setDraft('');
        try {
            await onSend(content);
        }
        catch (e) {
            // Whatever was typed meanwhile wins over the message coming back.
            if (!(e instanceof ReplyMissingError))
                setDraft((now) => now || typed);
            setFailure({ conversationId: shownConversation.current, error: e });
        }
        finally {
            setBusy(false);
        }
    };
    const onKeyDown = (e) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void submit();
        }
    };
    return (_jsxs("section", { "aria-label": t('assistant.chat.title'), className: "flex min-w-0 flex-col gap-3", children: [loadError ? (_jsx(ErrorAlert, { error: loadError, onRetry: onRetry })) : messages === null ? (_jsx(Loading, {})) : (_jsxs("ol", { "data-testid": "chat-messages", className: "flex max-h-[60vh] min-h-40 flex-col gap-3 overflow-y-auto rounded-xl border border-border bg-surface p-3", children: [messages.length === 0 && !live && _jsx("li", { className: "text-sm text-muted", children: t('assistant.chat.empty') }), messages.map((m) => (_jsx(MessageBubble, { message: m, timeZone: timeZone }, m.id))), live && _jsx(LiveBubble, { live: live, timeZone: timeZone }), _jsx("li", { ref: end, "aria-hidden": "true" })] })), _jsx("p", { "aria-live": "polite", "data-testid": "reply-announcer", className: "sr-only", children: lastReply ? announcement(t, lastReply, i18n.language, timeZone) : '' }), _jsxs("form", { onSubmit: (e) => {
                    e.preventDefault();
                    void submit();
                }, className: "flex flex-col gap-2", children: [_jsx("label", { htmlFor: "assistant-input", className: "sr-only", children: t('assistant.chat.inputLabel') }), _jsx("textarea", { id: "assistant-input", ref: inputRef, value: draft, onChange: (e) => setDraft(e.target.value), onKeyDown: onKeyDown, rows: 2, maxLength: MAX_LENGTH, autoFocus: true, "aria-keyshortcuts": "/", "aria-describedby": "assistant-input-hint", placeholder: t('assistant.chat.placeholder'), className: "min-h-16 w-full resize-y rounded-xl border border-border bg-surface px-4 py-3 text-base text-fg placeholder:text-muted focus-visible:outline-2" }), _jsxs("div", { className: "flex items-center justify-between gap-3", children: [_jsx("span", { id: "assistant-input-hint", className: "text-xs text-muted", children: draft.length > MAX_LENGTH - 200 ? `${draft.length} / ${MAX_LENGTH}` : t('assistant.chat.hint') }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, disabled: !draft.trim(), className: "min-h-11 min-w-24", children: busy ? t('assistant.chat.sending') : t('assistant.chat.send') })] }), error !== null && (_jsx("p", { role: "alert", className: "rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger", children: chatError(t, error) }))] })] }));
});
function chatError(t, error) {
    if (error instanceof ReplyMissingError) {
        return error.reason === null ? t('assistant.chat.late') : describeError(t, error.reason);
    }
    if (isApiError(error) && error.code === 'turn-in-progress')
        return t('assistant.chat.busy');
    return describeError(t, error);
}
