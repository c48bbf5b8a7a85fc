import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { AppHeader, SkipLink } from '../../shared/ui/AppHeader';
import { NudgeBanners } from './NudgeBanners';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useAssistantShortcuts } from './shortcuts';
const TAB = 'inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-fg hover:bg-surface-2 aria-[current=page]:bg-surface-2 aria-[current=page]:font-semibold';
/**
 * The frame of every Assistant page: the app header, the Assistant's places, the nudges
 * that are due, and the keyboard shortcuts. `onFocusInput` is the chat page's `/`; elsewhere
 * `/` goes to the chat. `onNewConversation` is the chat page's `n`.
 */
export function AssistantLayout({ title, children, onFocusInput, onNewConversation, onNudgeHandled, wide = false, }) {
    const { t } = useTranslation();
    const navigate = useNavigate();
    const [help, setHelp] = useState(false);
    useEffect(() => {
        document.title = `${title} · Vectort`;
    }, [title]);
    useAssistantShortcuts({
        focusInput: onFocusInput ?? (() => navigate('/assistant')),
        newConversation: onNewConversation,
        goChat: () => navigate('/assistant'),
        goMemory: () => navigate('/assistant/memory'),
        goSettings: () => navigate('/assistant/settings'),
        showHelp: () => setHelp(true),
    });
    return (_jsxs("div", { className: "flex min-h-full flex-col", children: [_jsx(SkipLink, {}), _jsx(AppHeader, {}), _jsxs("main", { id: "main", tabIndex: -1, className: `mx-auto flex w-full ${wide ? 'max-w-6xl' : 'max-w-3xl'} flex-1 flex-col gap-4 px-3 py-4 outline-none sm:px-4 sm:py-6`, children: [_jsxs("nav", { "aria-label": t('assistant.nav.label'), className: "flex flex-wrap items-center gap-1", children: [_jsx(NavLink, { to: "/assistant", end: true, className: TAB, children: t('assistant.nav.chat') }), _jsx(NavLink, { to: "/assistant/memory", className: TAB, children: t('assistant.nav.memory') }), _jsx(NavLink, { to: "/assistant/sms", className: TAB, children: t('assistant.sms.nav') }), _jsx(NavLink, { to: "/assistant/settings", className: TAB, children: t('assistant.nav.settings') }), _jsx("button", { type: "button", onClick: () => setHelp(true), "aria-keyshortcuts": "?", className: `${TAB} ml-auto text-muted`, children: t('assistant.shortcuts.open') })] }), _jsx("h1", { className: "sr-only", children: title }), _jsx(NudgeBanners, { onHandled: onNudgeHandled }), children] }), help && _jsx(ShortcutsHelp, { onClose: () => setHelp(false) })] }));
}
