import { useCallback, useEffect, useRef, useState } from 'react';
import { assistantApi } from './api';
/** How often the browser asks for new nudges (docs/ASSISTANT.md, "Web app": no push yet). */
export const NUDGE_POLL_MS = 3000;
/**
 * After a reminder's time, how soon to look: the server's job poll (2 s by default) usually
 * fires it within the first look, the second catches a slower one. The 3-second cycle goes on.
 */
const LOOK_AFTER_DUE_MS = [400, 1500, 2500];
const dueListeners = new Set();
/**
 * Tells the poller when a reminder is due (the page knows from the reminders it lists), so the
 * nudge shows about a second after its time instead of up to a whole poll later.
 */
export function expectNudgeAt(iso) {
    const at = Date.parse(iso);
    if (Number.isFinite(at))
        for (const listener of dueListeners)
            listener(at);
}
/**
 * One banner per reminder occurrence: acknowledging either step acknowledges both, so the gentler
 * repeat (step 1) replaces the first nudge instead of stacking under it.
 */
function pending(all) {
    const byOccurrence = new Map();
    for (const nudge of all) {
        if (nudge.acknowledgedAt)
            continue;
        const key = `${nudge.reminderId ?? nudge.id}@${nudge.occurrenceAt}`;
        const seen = byOccurrence.get(key);
        if (!seen || nudge.escalationStep > seen.escalationStep)
            byOccurrence.set(key, nudge);
    }
    return [...byOccurrence.values()];
}
/**
 * The unacknowledged nudges, polled while the page is open. Polling pauses while the tab is
 * hidden and catches up as soon as it is shown again; a failed poll is simply tried again later
 * (a nudge is never lost: it stays unacknowledged on the server).
 */
export function useNudges(intervalMs = NUDGE_POLL_MS) {
    const [nudges, setNudges] = useState([]);
    const handled = useRef(new Set());
    const poll = useCallback(async (signal) => {
        try {
            const all = await assistantApi.notifications(signal);
            setNudges(pending(all).filter((n) => !handled.current.has(n.id)));
        }
        catch {
            // Offline or signed out for a moment: the next poll tries again.
        }
    }, []);
    useEffect(() => {
        const controller = new AbortController();
        let timer;
        const loop = async () => {
            if (!document.hidden)
                await poll(controller.signal);
            if (!controller.signal.aborted)
                timer = setTimeout(loop, intervalMs);
        };
        const onVisible = () => {
            if (!document.hidden)
                void poll(controller.signal);
        };
        const looks = new Map();
        const onDue = (at) => {
            const wait = at - Date.now();
            // Only the next day's worth: a timer further out would be clamped by the browser anyway.
            if (looks.has(at) || wait < -LOOK_AFTER_DUE_MS[0] || wait > 86_400_000)
                return;
            looks.set(at, LOOK_AFTER_DUE_MS.map((after) => setTimeout(() => void poll(controller.signal), Math.max(0, wait + after))));
        };
        void loop();
        dueListeners.add(onDue);
        document.addEventListener('visibilitychange', onVisible);
        return () => {
            controller.abort();
            clearTimeout(timer);
            dueListeners.delete(onDue);
            for (const timers of looks.values())
                timers.forEach(clearTimeout);
            document.removeEventListener('visibilitychange', onVisible);
        };
    }, [poll, intervalMs]);
    /** Hides a nudge at once (the poll that follows would otherwise show it again for a moment). */
    const dismiss = useCallback((id) => {
        handled.current.add(id);
        setNudges((all) => all.filter((n) => n.id !== id));
    }, []);
    return { nudges, dismiss };
}
