/** The agent's tools this page has words for (`assistant.tools.*`); others show their raw name. */
const TOOLS = new Set([
    'add_task',
    'list_tasks',
    'complete_task',
    'split_task',
    'estimate_task',
    'create_reminder',
    'list_reminders',
    'snooze_reminder',
    'cancel_reminder',
    'add_note',
    'search_memory',
    'remember',
    'forget',
    'what_now',
    'daily_plan',
    'evening_review',
    'resolve_time',
]);
/** What the not-AI replies did, by intent (`assistant.steps.*`): replies from before the agent. */
const INTENTS = new Set(['add_task', 'add_reminder', 'complete', 'snooze', 'remember', 'forget']);
export function toolLabel(t, tool) {
    // Looked up only when known: an unknown name could contain i18next separators (`.`, `:`).
    return TOOLS.has(tool) ? t(`assistant.tools.${tool}`) : tool;
}
export function intentLabel(t, intent) {
    return intent && INTENTS.has(intent) ? t(`assistant.steps.${intent}`) : null;
}
/** One step as a line: "Reminder created — stretch · 16:42", or "Step failed: Reminder snoozed — too late". */
export function stepLine(t, step, language, timeZone, now) {
    const label = toolLabel(t, step.tool);
    if (!step.ok) {
        const failed = t('assistant.chat.failedStep', { step: label });
        return step.error ? `${failed} — ${step.error}` : failed;
    }
    const time = step.at ? stepTime(step.at, language, timeZone, now) : null;
    const detail = [step.title, time].filter(Boolean).join(' · ');
    return detail ? `${label} — ${detail}` : label;
}
/**
 * A step's time in the person's language and time zone, as short as is clear: the time alone
 * today, with the weekday within the week, with the date further away. Null when it is not a time.
 */
export function stepTime(iso, language, timeZone, now = new Date()) {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime()))
        return null;
    const zone = knownZone(timeZone);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    const clock = { hour: 'numeric', minute: '2-digit', timeZone: zone };
    const options = day.format(at) === day.format(now)
        ? clock
        : Math.abs(at.getTime() - now.getTime()) < 6 * 24 * 3600_000
            ? { ...clock, weekday: 'short' }
            : { ...clock, day: 'numeric', month: 'short' };
    return new Intl.DateTimeFormat(language, options).format(at);
}
/** The zone if this browser knows it, else the browser's own (a zone name from the server may be newer than its data). */
function knownZone(timeZone) {
    if (!timeZone)
        return undefined;
    try {
        new Intl.DateTimeFormat('en', { timeZone });
        return timeZone;
    }
    catch {
        return undefined;
    }
}
