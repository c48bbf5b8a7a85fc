import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/messages';
import { relativeTime } from '../../shared/format/format';
import { useLoader } from '../../shared/api/useLoader';
import { Button } from '../../shared/ui/Button';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { assistantApi, type ChatMessage, type Reminder, type Task } from './api';
import { SNOOZE_MINUTES } from './NudgeBanners';
import { expectNudgeAt } from './useNudges';

const CARD = 'flex flex-col gap-2 rounded-xl border border-border bg-surface p-4';
const ROW = 'flex flex-wrap items-center gap-2 border-t border-border pt-2 first:border-t-0 first:pt-0';

/** When a reminder comes next: the local time, and how far away it is. */
function when(iso: string, language: string): string {
  const time = new Intl.DateTimeFormat(language, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
  return `${time} (${relativeTime(iso, language)})`;
}

/**
 * Today at a glance: open tasks (done with one click), the reminders to come (snooze, cancel),
 * and the Assistant's last replies. Loads again whenever `version` changes (after each reply).
 */
export function TodayPanel({ version, messages }: { version: number; messages: ChatMessage[] | null }) {
  const { t } = useTranslation();
  const load = useCallback(
    async (signal?: AbortSignal) => {
      const [tasks, reminders] = await Promise.all([assistantApi.tasks(signal), assistantApi.reminders(signal)]);
      for (const reminder of reminders) if (reminder.status === 'active' && reminder.fireAt) expectNudgeAt(reminder.fireAt);
      return { tasks: tasks.filter((x) => !x.done), reminders: reminders.filter((r) => r.status === 'active') };
    },
    // `version` is not read inside: a new one is the reason to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a reload trigger, see above
    [version],
  );
  const { data, error, reload } = useLoader(load);
  const replies = (messages ?? [])
    .filter((m) => m.role === 'assistant')
    .slice(-3)
    .reverse();

  return (
    <aside aria-labelledby="today-title" className="flex flex-col gap-3" data-testid="today">
      <h2 id="today-title" className="text-lg font-semibold text-fg">
        {t('assistant.today.title')}
      </h2>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : data === null ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="today-tasks" className={CARD}>
            <h3 id="today-tasks" className="text-sm font-semibold text-muted">
              {t('assistant.today.tasks')}
            </h3>
            {data.tasks.length === 0 ? (
              <p className="text-sm text-muted">{t('assistant.today.noTasks')}</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {data.tasks.map((task) => (
                  <TaskRow key={task.id} task={task} onChanged={reload} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="today-reminders" className={CARD}>
            <h3 id="today-reminders" className="text-sm font-semibold text-muted">
              {t('assistant.today.reminders')}
            </h3>
            {data.reminders.length === 0 ? (
              <p className="text-sm text-muted">{t('assistant.today.noReminders')}</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {data.reminders.map((reminder) => (
                  <ReminderRow key={reminder.id} reminder={reminder} onChanged={reload} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {replies.length > 0 && (
        <section aria-labelledby="today-replies" className={CARD}>
          <h3 id="today-replies" className="text-sm font-semibold text-muted">
            {t('assistant.today.replies')}
          </h3>
          <ul className="flex flex-col gap-1 text-sm text-fg">
            {replies.map((m) => (
              <li key={m.id} className="line-clamp-2 break-words">
                {m.content}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}

/** Runs one action of a row, keeping its error next to it. */
function useRowAction(onChanged: () => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (name: string, action: () => Promise<unknown>) => {
    setBusy(name);
    setError(null);
    try {
      await action();
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, run };
}

function TaskRow({ task, onChanged }: { task: Task; onChanged: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useRowAction(onChanged);
  return (
    <li className={ROW} data-testid="task">
      <Button
        variant="secondary"
        className="min-h-11 min-w-11"
        busy={busy === 'done'}
        aria-label={t('assistant.today.completeTask', { title: task.title })}
        onClick={() => void run('done', () => assistantApi.completeTask(task.id))}
      >
        ✓
      </Button>
      <span className="min-w-0 flex-1 break-words text-base text-fg">{task.title}</span>
      {error !== null && <RowError error={error} />}
    </li>
  );
}

function ReminderRow({ reminder, onChanged }: { reminder: Reminder; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { busy, error, run } = useRowAction(onChanged);
  const at = reminder.fireAt ?? reminder.nextAt;
  // Refresh the "in 3 minutes" once a minute.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <li className={ROW} data-testid="reminder">
      <div className="flex min-w-0 flex-1 flex-col">
        <span className="break-words text-base text-fg">{reminder.text}</span>
        {at && (
          <time dateTime={at} data-testid="reminder-time" className="text-sm text-muted">
            {when(at, i18n.language)}
          </time>
        )}
      </div>
      <div className="flex gap-2">
        <Button
          className="min-h-11"
          busy={busy === 'snooze'}
          aria-label={t('assistant.today.snoozeReminder', { text: reminder.text, minutes: SNOOZE_MINUTES })}
          onClick={() => void run('snooze', () => assistantApi.snooze(reminder.id, SNOOZE_MINUTES))}
        >
          {t('assistant.nudge.snooze', { minutes: SNOOZE_MINUTES })}
        </Button>
        <Button
          variant="ghostDanger"
          className="min-h-11"
          busy={busy === 'cancel'}
          aria-label={t('assistant.today.cancelReminder', { text: reminder.text })}
          onClick={() => void run('cancel', () => assistantApi.cancelReminder(reminder.id))}
        >
          {t('assistant.today.cancel')}
        </Button>
      </div>
      {error !== null && <RowError error={error} />}
    </li>
  );
}

function RowError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="basis-full text-sm text-danger">
      {describeError(t, error)}
    </p>
  );
}
