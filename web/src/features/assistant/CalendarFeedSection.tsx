import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/problem';
import { useLoader } from '../../shared/api/useLoader';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { dateTime } from '../../shared/format/format';
import { assistantApi, type CalendarFeed } from './api';

/** The private calendar link (tasks with a date and reminders) a calendar app can subscribe to. */
export function CalendarFeedSection() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { data, setData, error, reload } = useLoader(assistantApi.calendarFeed);
  const [confirm, setConfirm] = useState<'replace' | 'revoke' | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const unavailable = isApiError(error) && error.status === 404;

  const create = async () => {
    setBusy(true);
    setActionError(null);
    try {
      setData(await assistantApi.createCalendarFeed());
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  };

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      toast(t('assistant.calendar.copied'));
    } catch {
      toast(t('assistant.calendar.copyFailed'), 'error');
    }
  };

  return (
    <Section title={t('assistant.calendar.title')} testId="calendar-feed">
      <p className="mb-3 text-sm text-muted">{t('assistant.calendar.intro')}</p>
      {unavailable ? (
        <p className="text-sm text-muted">{t('assistant.calendar.unavailable')}</p>
      ) : error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : data === null ? (
        <Loading />
      ) : data.url || data.createdAt ? (
        <FeedLink feed={data} language={i18n.language} busy={busy} onCopy={copy} onConfirm={setConfirm} />
      ) : (
        <Button variant="primary" className="min-h-11" busy={busy} onClick={() => void create()}>
          {t('assistant.calendar.create')}
        </Button>
      )}
      {actionError !== null && <ErrorAlert error={actionError} className="mt-3" />}
      {confirm && (
        <ConfirmDialog
          title={confirm === 'replace' ? t('assistant.calendar.replaceTitle') : t('assistant.calendar.revokeTitle')}
          confirmLabel={confirm === 'replace' ? t('assistant.calendar.replace') : t('assistant.calendar.revoke')}
          danger={confirm === 'revoke'}
          onClose={() => setConfirm(null)}
          onConfirm={async () => {
            if (confirm === 'replace') {
              setData(await assistantApi.createCalendarFeed());
            } else {
              await assistantApi.revokeCalendarFeed();
              setData({ url: null, createdAt: null });
            }
            setConfirm(null);
          }}
        >
          <p className="text-sm text-fg">{t('assistant.calendar.oldStops')}</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}

function FeedLink({
  feed,
  language,
  busy,
  onCopy,
  onConfirm,
}: {
  feed: CalendarFeed;
  language: string;
  busy: boolean;
  onCopy: (url: string) => Promise<void>;
  onConfirm: (what: 'replace' | 'revoke') => void;
}) {
  const { t } = useTranslation();
  // Only a hash of the secret is stored: the link is shown once, when made; later only that it exists.
  if (!feed.url) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-sm text-fg">
          {t('assistant.calendar.activeHidden', {
            date: feed.createdAt ? dateTime(feed.createdAt, language) : '',
          })}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" className="min-h-11" busy={busy} onClick={() => onConfirm('replace')}>
            {t('assistant.calendar.replace')}
          </Button>
          <Button variant="ghostDanger" className="min-h-11" onClick={() => onConfirm('revoke')}>
            {t('assistant.calendar.revoke')}
          </Button>
        </div>
      </div>
    );
  }
  // Without a configured public URL the server answers a path: a calendar app needs the whole address.
  const url = new URL(feed.url, window.location.origin).toString();
  return (
    <div className="flex flex-col gap-3">
      <TextField
        label={t('assistant.calendar.url')}
        value={url}
        readOnly
        onFocus={(e) => e.target.select()}
        hint={feed.createdAt ? t('assistant.calendar.createdAt', { date: dateTime(feed.createdAt, language) }) : undefined}
        className="min-h-11 font-mono text-sm"
      />
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" className="min-h-11" onClick={() => void onCopy(url)}>
          {t('assistant.calendar.copy')}
        </Button>
        <Button className="min-h-11" busy={busy} onClick={() => onConfirm('replace')}>
          {t('assistant.calendar.replace')}
        </Button>
        <Button variant="ghostDanger" className="min-h-11" onClick={() => onConfirm('revoke')}>
          {t('assistant.calendar.revoke')}
        </Button>
      </div>
    </div>
  );
}
