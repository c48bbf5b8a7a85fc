/**
 * Draft prompts, per project, in sessionStorage: they survive an expired session (sign-in and
 * back) and reloads in the same tab, and leave with the tab.
 */
const key = (projectId) => `vectort.draft.${projectId}`;
export function loadDraft(projectId) {
    try {
        const raw = sessionStorage.getItem(key(projectId));
        if (!raw)
            return null;
        const parsed = JSON.parse(raw);
        return typeof parsed.text === 'string' ? parsed : null;
    }
    catch {
        return null;
    }
}
export function saveDraft(projectId, draft) {
    try {
        if (!draft.text)
            sessionStorage.removeItem(key(projectId));
        else
            sessionStorage.setItem(key(projectId), JSON.stringify(draft));
    }
    catch {
        // A full or disabled storage only loses the safety net, not the text on screen.
    }
}
export function clearDraft(projectId) {
    try {
        sessionStorage.removeItem(key(projectId));
    }
    catch {
        // see saveDraft
    }
}
