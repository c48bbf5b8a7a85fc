import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/messages';
import { relativeTime } from '../../shared/format/format';
import { useLoader } from '../../shared/api/useLoader';
import { Button } from '../../shared/ui/Button';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { assistantApi } from './api';
import { SNOOZE_MINUTES } from './NudgeBanners';
import { expectNudgeAt } from './useNudges';
const CARD = 'flex flex-col gap-2 rounded-xl border border-border bg-surface p-4';
const ROW = 'flex flex-wrap items-center gap-2 border-t border-border pt-2 first:border-t-0 first:pt-0';
/** When a reminder comes next: the local time, and how far away it is. */
function when(iso, language) {
    const time = new Intl.DateTimeFormat(language, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
    return `${time} (${relativeTime(iso, language)})`;
}
/**
 * Today at a glance: open tasks (done with one click), the reminders to come (snooze, cancel),
 * and the Assistant's last replies. Loads again whenever `version` changes (after each reply).
 */
export function TodayPanel({ version, messages }) {
    const { t } = useTranslation();
    const load = useCallback(async (signal) => {
        const [tasks, reminders] = await Promise.all([assistantApi.tasks(signal), assistantApi.reminders(signal)]);
        for (const reminder of reminders)
            if (reminder.status === 'active' && reminder.fireAt)
                expectNudgeAt(reminder.fireAt);
        return { tasks: tasks.filter((x) => !x.done), reminders: reminders.filter((r) => r.status === 'active') };
    }, 
    // `version` is not read inside: a new one is the reason to load again.
    [version]);
    const { data, error, reload } = useLoader(load);
    const replies = (messages ?? []).filter((m) => m.role === 'assistant').slice(-3).reverse();
    return (_jsxs("aside", { "aria-labelledby": "today-title", className: "flex flex-col gap-3", "data-testid": "today", children: [_jsx("h2", { id: "today-title", className: "text-lg font-semibold text-fg", children: t('assistant.today.title') }), error ? (_jsx(ErrorAlert, { error: error, onRetry: reload })) : data === null ? (_jsx(Loading, {})) : (_jsxs(_Fragment, { children: [_jsxs("section", { "aria-labelledby": "today-tasks", className: CARD, children: [_jsx("h3", { id: "today-tasks", className: "text-sm font-semibold text-muted", children: t('assistant.today.tasks') }), data.tasks.length === 0 ? (_jsx("p", { className: "text-sm text-muted", children: t('assistant.today.noTasks') })) : (_jsx("ul", { className: "flex flex-col gap-2", children: data.tasks.map((task) => (_jsx(TaskRow, { task: task, onChanged: reload }, task.id))) }))] }), _jsxs("section", { "aria-labelledby": "today-reminders", className: CARD, children: [_jsx("h3", { id: "today-reminders", className: "text-sm font-semibold text-muted", children: t('assistant.today.reminders') }), data.reminders.length === 0 ? (_jsx("p", { className: "text-sm text-muted", children: t('assistant.today.noReminders') })) : (_jsx("ul", { className: "flex flex-col gap-2", children: data.reminders.map((reminder) => (_jsx(ReminderRow, { reminder: reminder, onChanged: reload }, reminder.id))) }))] })] })), replies.length > 0 && (_jsxs("section", { "aria-labelledby": "today-replies", className: CARD, children: [_jsx("h3", { id: "today-replies", className: "text-sm font-semibold text-muted", children: t('assistant.today.replies') }), _jsx("ul", { className: "flex flex-col gap-1 text-sm text-fg", children: replies.map((m) => (_jsx("li", { className: "line-clamp-2 break-words", children: m.content }, m.id))) })] }))] }));
}
/** Runs one action of a row, keeping its error next to it. */
function useRowAction(onChanged) {
    const [busy, setBusy] = useState(null);
    const [error, setError] = useState(null);
    const run = async (name, action) => {
        setBusy(name);
        setError(null);
        try {
            await action();
            onChanged();
        }
        catch (e) {
            setError(e);
        }
        finally {
            setBusy(null);
        }
    };
    return { busy, error, run };
}
function TaskRow({ task, onChanged }) {
    const { t } = useTranslation();
    const { busy, error, run } = useRowAction(onChanged);
    return (_jsxs("li", { className: ROW, "data-testid": "task", children: [_jsx(Button, { variant: "secondary", className: "min-h-11 min-w-11", busy: busy === 'done', "aria-label": t('assistant.today.completeTask', { title: task.title }), onClick: () => void run('done', () => assistantApi.completeTask(task.id)), children: "\u2713" }), _jsx("span", { className: "min-w-0 flex-1 break-words text-base text-fg", children: task.title }), error !== null && _jsx(RowError, { error: error })] }));
}
function ReminderRow({ reminder, onChanged }) {
    const { t, i18n } = useTranslation();
    const { busy, error, run } = useRowAction(onChanged);
    const at = reminder.fireAt ?? reminder.nextAt;
    // Refresh the "in 3 minutes" once a minute.
    const [, setTick] = useState(0);
    useEffect(() => {
        const timer = setInterval(() => setTick((n) => n + 1), 60_000);
        return () => clearInterval(timer);
    }, []);
    return (_jsxs("li", { className: ROW, "data-testid": "reminder", children: [_jsxs("div", { className: "flex min-w-0 flex-1 flex-col", children: [_jsx("span", { className: "break-words text-base text-fg", children: reminder.text }), at && (_jsx("time", { dateTime: at, "data-testid": "reminder-time", className: "text-sm text-muted", children: when(at, i18n.language) }))] }), _jsxs("div", { className: "flex gap-2", children: [_jsx(Button, { className: "min-h-11", busy: busy === 'snooze', "aria-label": t('assistant.today.snoozeReminder', { text: reminder.text, minutes: SNOOZE_MINUTES }), onClick: () => void run('snooze', () => assistantApi.snooze(reminder.id, SNOOZE_MINUTES)), children: t('assistant.nudge.snooze', { minutes: SNOOZE_MINUTES }) }), _jsx(Button, { variant: "ghostDanger", className: "min-h-11", busy: busy === 'cancel', "aria-label": t('assistant.today.cancelReminder', { text: reminder.text }), onClick: () => void run('cancel', () => assistantApi.cancelReminder(reminder.id)), children: t('assistant.today.cancel') })] }), error !== null && _jsx(RowError, { error: error })] }));
}
function RowError({ error }) {
    const { t } = useTranslation();
    return (_jsx("p", { role: "alert", className: "basis-full text-sm text-danger", children: describeError(t, error) }));
}
