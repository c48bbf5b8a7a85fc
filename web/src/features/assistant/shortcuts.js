import { useEffect, useRef } from 'react';
/** Keys that type text: a shortcut never steals them from a field. */
function isTyping(target) {
    if (!(target instanceof HTMLElement))
        return false;
    return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
/** How long after `g` the second key of a "g m" sequence still counts. */
const SEQUENCE_MS = 1500;
/**
 * The Assistant's keyboard shortcuts: `/` the chat input, `n` a new conversation (chat page),
 * `g m` memory, `g s` settings, `g c` chat, `?` the list of shortcuts. Only when no field has focus, and never with Ctrl/Alt/Meta
 * (those belong to the browser and to assistive technology).
 */
export function useAssistantShortcuts(actions) {
    const latest = useRef(actions);
    latest.current = actions;
    useEffect(() => {
        let pendingG = 0;
        const onKey = (e) => {
            if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target))
                return;
            if (document.querySelector('[role="dialog"]'))
                return;
            const now = Date.now();
            const afterG = now - pendingG < SEQUENCE_MS;
            pendingG = 0;
            const run = (action) => {
                e.preventDefault();
                action();
            };
            if (afterG && e.key === 'm')
                return run(latest.current.goMemory);
            if (afterG && e.key === 's')
                return run(latest.current.goSettings);
            if (afterG && e.key === 'c')
                return run(latest.current.goChat);
            if (e.key === 'g') {
                pendingG = now;
                return;
            }
            if (e.key === '/')
                return run(latest.current.focusInput);
            const { newConversation } = latest.current;
            if (e.key === 'n' && newConversation)
                return run(newConversation);
            if (e.key === '?')
                return run(latest.current.showHelp);
        };
        document.addEventListener('keydown', onKey);
        return () => document.removeEventListener('keydown', onKey);
    }, []);
}
