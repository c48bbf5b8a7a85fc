import { useEffect, useState } from 'react';
import { loadDraft, saveDraft } from '../../shared/drafts';
const draftKey = (conversationId) => `assistant.${conversationId}`;
const savedText = (conversationId) => (conversationId ? (loadDraft(draftKey(conversationId))?.text ?? '') : '');
/**
 * What is being typed to one conversation. Each conversation keeps its own, in the tab's
 * sessionStorage like the project prompts (shared/drafts.ts): switching back, or reloading,
 * finds it again. Text typed before the conversation is known belongs to the one that comes.
 */
export function useChatDraft(conversationId) {
    const [draft, setDraft] = useState(() => savedText(conversationId));
    const [draftOf, setDraftOf] = useState(conversationId);
    // Adjusted while rendering (not in an effect), so that no commit ever pairs one conversation
    // with the other's text: the save below would otherwise store it under the wrong one.
    if (draftOf !== conversationId) {
        setDraftOf(conversationId);
        if (draftOf !== null)
            setDraft(savedText(conversationId));
    }
    useEffect(() => {
        if (conversationId)
            saveDraft(draftKey(conversationId), { text: draft });
    }, [conversationId, draft]);
    return [draft, setDraft];
}
