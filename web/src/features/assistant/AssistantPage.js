import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assistantApi } from './api';
import { AssistantLayout } from './AssistantLayout';
import { ChatPanel } from './ChatPanel';
import { ConversationSwitcher } from './ConversationSwitcher';
import { TodayPanel } from './TodayPanel';
import { zoneToAdopt } from './timeZones';
import { useConversation } from './useConversation';
import { useConversationList } from './useConversationList';
import { useCurrentConversation } from './useCurrentConversation';
/**
 * The Assistant: talk to it, and see today's tasks and reminders next to (or under) the chat.
 * Several conversations: start a new one, or go back to a recent one (the address keeps which).
 */
export function AssistantPage() {
    const { t } = useTranslation();
    const list = useConversationList();
    const current = useCurrentConversation(list);
    const { messages, live, lastReply, error, retry, send } = useConversation(current.id, current.onMissing);
    const [todayVersion, setTodayVersion] = useState(0);
    const input = useRef(null);
    const refreshToday = () => setTodayVersion((n) => n + 1);
    const timeZone = useAdoptBrowserZone();
    // Once the conversation is there, the input is the one next action: focus it (after the app
    // has moved focus to the page on navigation), and again for a new conversation. Picking one
    // from the list leaves focus there, so that the keyboard can go on through the list.
    const loaded = messages !== null;
    const focusWhenLoaded = useRef(true);
    useEffect(() => {
        if (!loaded || !focusWhenLoaded.current)
            return;
        focusWhenLoaded.current = false;
        input.current?.focus();
    }, [loaded]);
    const startNew = () => {
        // An empty conversation already is a new one: no second empty one in the list.
        if (messages?.length === 0 && !live) {
            input.current?.focus();
            return;
        }
        focusWhenLoaded.current = true;
        void current.startNew();
    };
    return (_jsxs(AssistantLayout, { title: t('assistant.title'), onFocusInput: () => input.current?.focus(), onNewConversation: startNew, onNudgeHandled: refreshToday, wide: true, children: [current.notice && (_jsx("p", { role: "status", className: "rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg", children: t('assistant.conversations.notFound') })), _jsxs("div", { className: "grid grid-cols-1 gap-4 lg:grid-cols-[13rem_minmax(0,3fr)_minmax(0,2fr)]", children: [_jsx(ConversationSwitcher, { items: list.items, currentId: current.id, onChoose: current.choose, onNew: startNew, starting: current.starting, startError: current.startError }), _jsx(ChatPanel, { ref: input, conversationId: current.id, messages: messages, live: live, lastReply: lastReply, timeZone: timeZone, loadError: current.error ?? error, onRetry: current.error ? current.retry : retry, onSend: async (content) => {
                            // Each step may have changed a task or a reminder: Today shows it at once.
                            try {
                                await send(content, refreshToday);
                            }
                            finally {
                                refreshToday();
                                // The server names a conversation after its first message, and moves it to the top.
                                list.reload();
                            }
                        } }), _jsx(TodayPanel, { version: todayVersion, messages: messages })] })] }));
}
/**
 * On the first visit, the untouched UTC default becomes this browser's time zone. Returns the
 * person's zone once known (the chat shows the times of the Assistant's steps in it).
 */
function useAdoptBrowserZone() {
    const [timeZone, setTimeZone] = useState();
    useEffect(() => {
        let active = true;
        assistantApi
            .settings()
            .then((settings) => {
            const zone = zoneToAdopt(settings);
            if (active)
                setTimeZone(zone ?? settings.timeZone);
            return zone ? assistantApi.saveSettings({ ...settings, timeZone: zone }) : undefined;
        })
            .catch(() => {
            // Not worth an error on the chat page: the settings page shows the zone and saves it.
        });
        return () => {
            active = false;
        };
    }, []);
    return timeZone;
}
