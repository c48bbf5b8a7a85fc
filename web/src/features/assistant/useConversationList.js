import { useCallback, useEffect, useState } from 'react';
import { assistantApi } from './api';
/**
 * The person's recent conversations (the server's 100 most recently active, most recent first),
 * as the switcher lists them. `reload` after a reply: the server names a conversation after its
 * first message and moves it to the top. `add` shows one just made at once.
 */
export function useConversationList() {
    const [items, setItems] = useState(null);
    const [error, setError] = useState(null);
    const [version, setVersion] = useState(0);
    useEffect(() => {
        const controller = new AbortController();
        assistantApi
            .conversations(controller.signal)
            .then((list) => {
            setItems(list);
            setError(null);
        })
            .catch((e) => {
            // A failed refresh keeps the list shown; only a first load has nothing to show instead.
            if (!controller.signal.aborted)
                setError(e);
        });
        return () => controller.abort();
    }, [version]);
    const reload = useCallback(() => setVersion((n) => n + 1), []);
    const add = useCallback((conversation) => setItems((list) => [conversation, ...(list ?? []).filter((c) => c.id !== conversation.id)]), []);
    return { items, error, reload, add };
}
