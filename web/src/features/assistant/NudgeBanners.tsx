import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/messages';
import { Button } from '../../shared/ui/Button';
import { assistantApi, type Nudge } from './api';
import { useNudges } from './useNudges';

export const SNOOZE_MINUTES = 10;

/**
 * Reminders that are due, as calm banners at the top of the Assistant's pages: one clear action
 * ("Done") and one way to put it off ("Snooze 10 min"). `onHandled` lets the page refresh its lists;
 * with a `label` they float at the bottom of the screen in a region of that name (other pages).
 */
export function NudgeBanners({ onHandled, label }: { onHandled?: () => void; label?: string }) {
  const { nudges, dismiss } = useNudges();
  if (nudges.length === 0) return null;
  const banners = (
    <div className="flex flex-col gap-2" data-testid="nudges">
      {nudges.map((nudge) => (
        <NudgeBanner
          key={nudge.id}
          nudge={nudge}
          onDone={() => {
            dismiss(nudge.id);
            onHandled?.();
          }}
        />
      ))}
    </div>
  );
  // Outside the Assistant's pages they float above the page, as a landmark of their own.
  return label ? (
    <aside aria-label={label} className="pointer-events-none fixed inset-x-0 bottom-0 z-40 flex justify-center px-3 pb-3 sm:pb-4">
      <div className="pointer-events-auto w-full max-w-xl">{banners}</div>
    </aside>
  ) : (
    banners
  );
}

function NudgeBanner({ nudge, onDone }: { nudge: Nudge; onDone: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'done' | 'snooze' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const act = async (kind: 'done' | 'snooze') => {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'snooze' && nudge.reminderId) await assistantApi.snooze(nudge.reminderId, SNOOZE_MINUTES);
      await assistantApi.acknowledge(nudge.id);
      onDone();
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  };

  if (nudge.kind === 'morning_plan' || nudge.kind === 'evening_review') {
    return <CheckInBanner nudge={nudge} busy={busy !== null} error={error} onDone={() => void act('done')} />;
  }
  const text =
    nudge.escalationStep > 0
      ? t('assistant.nudge.again', { text: nudge.text })
      : t('assistant.nudge.first', { text: nudge.text });
  return (
    <div
      role="status"
      data-testid="nudge"
      className="flex flex-col gap-3 rounded-xl border border-accent/40 bg-surface px-4 py-3 shadow-sm sm:flex-row sm:items-center"
    >
      <p className="min-w-0 flex-1 text-base break-words text-fg">{text}</p>
      <div className="flex gap-2">
        <Button
          variant="primary"
          className="min-h-11 flex-1 sm:flex-none"
          busy={busy === 'done'}
          disabled={busy !== null}
          onClick={() => void act('done')}
        >
          {t('assistant.nudge.done')}
        </Button>
        <Button
          className="min-h-11 flex-1 sm:flex-none"
          busy={busy === 'snooze'}
          disabled={busy !== null}
          onClick={() => void act('snooze')}
        >
          {t('assistant.nudge.snooze', { minutes: SNOOZE_MINUTES })}
        </Button>
      </div>
      {error !== null && (
        <p role="alert" className="text-sm text-danger">
          {describeError(t, error)}
        </p>
      )}
    </div>
  );
}

/** A daily check-in: the plan or review as written by the server, and one way to put it away. */
function CheckInBanner({ nudge, busy, error, onDone }: { nudge: Nudge; busy: boolean; error: unknown; onDone: () => void }) {
  const { t } = useTranslation();
  const title = nudge.kind === 'morning_plan' ? t('assistant.checkins.morningTitle') : t('assistant.checkins.eveningTitle');
  return (
    <div
      role="status"
      data-testid="nudge"
      className="flex flex-col gap-2 rounded-xl border border-accent/40 bg-surface px-4 py-3 shadow-sm"
    >
      <p className="text-base font-semibold text-fg">{title}</p>
      <p className="text-base break-words whitespace-pre-line text-fg">{nudge.text}</p>
      <div>
        <Button variant="primary" className="min-h-11" busy={busy} onClick={onDone}>
          {t('assistant.checkins.gotIt')}
        </Button>
      </div>
      {error !== null && (
        <p role="alert" className="text-sm text-danger">
          {describeError(t, error)}
        </p>
      )}
    </div>
  );
}
