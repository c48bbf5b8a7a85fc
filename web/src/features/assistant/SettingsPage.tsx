import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, fieldMessage } from '../../shared/api/messages';
import { useLoader } from '../../shared/api/useLoader';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { assistantApi, type Settings } from './api';
import { AssistantLayout } from './AssistantLayout';
import { CalendarFeedSection } from './CalendarFeedSection';
import { NudgeChoicesSection } from './NudgeChoicesSection';
import { PushSection } from './push';
import { SmsSection, SmsStateProvider } from './sms';
import { allTimeZones, browserTimeZone } from './timeZones';

/**
 * The Assistant's settings: where you are (time zone), when to stay quiet, where nudges go, daily
 * check-ins, text messages, the calendar feed. The SMS state is shared by the page: the `sms`
 * channel choice waits for the phone verified in the SMS section.
 */
export function AssistantSettingsPage() {
  const { t } = useTranslation();
  return (
    <AssistantLayout title={t('assistant.settings.title')}>
      <h2 className="text-2xl font-semibold text-fg">{t('assistant.settings.title')}</h2>
      <SmsStateProvider>
        <TimeAndQuietSection />
        <NudgeChoicesSection />
        <PushSection />
        <SmsSection />
        <CalendarFeedSection />
      </SmsStateProvider>
    </AssistantLayout>
  );
}

function TimeAndQuietSection() {
  const { t } = useTranslation();
  const { data, error, reload } = useLoader(assistantApi.settings);
  return (
    <Section title={t('assistant.settings.timeTitle')} testId="assistant-settings">
      {error ? <ErrorAlert error={error} onRetry={reload} /> : data === null ? <Loading /> : <SettingsForm initial={data} />}
    </Section>
  );
}

function SettingsForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const toast = useToast();
  const zones = useMemo(() => allTimeZones(), []);
  const listId = useId();
  // The server's untouched default is UTC: offer the browser's own zone instead.
  const [zone, setZone] = useState(
    initial.timeZone === 'UTC' && initial.quietHours === null ? browserTimeZone() : initial.timeZone,
  );
  const [quiet, setQuiet] = useState(initial.quietHours !== null);
  const [start, setStart] = useState(initial.quietHours?.start ?? '22:00');
  const [end, setEnd] = useState(initial.quietHours?.end ?? '07:00');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [zoneError, setZoneError] = useState<string | undefined>();

  useEffect(() => setZoneError(undefined), [zone]);

  const save = async () => {
    const chosen = zones.find((z) => z.toLowerCase() === zone.trim().toLowerCase());
    if (!chosen) {
      setZoneError(t('assistant.settings.unknownZone'));
      return;
    }
    setZone(chosen);
    setBusy(true);
    setError(null);
    try {
      await assistantApi.saveSettings({ timeZone: chosen, quietHours: quiet ? { start, end } : null });
      toast(t('assistant.settings.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField
        label={t('assistant.settings.timeZone')}
        hint={t('assistant.settings.timeZoneHint')}
        list={listId}
        value={zone}
        autoComplete="off"
        onChange={(e) => setZone(e.target.value)}
        error={zoneError ?? fieldMessage(t, error, 'timeZone')}
        className="min-h-11 text-base"
      />
      <datalist id={listId}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <label className="flex min-h-11 items-center gap-3 text-base text-fg">
        <input type="checkbox" className="h-5 w-5" checked={quiet} onChange={(e) => setQuiet(e.target.checked)} />
        {t('assistant.settings.quietHours')}
      </label>
      <p className="-mt-3 text-xs text-muted">{t('assistant.settings.quietHint')}</p>
      {quiet && (
        <div className="grid grid-cols-2 gap-3">
          <TextField
            type="time"
            label={t('assistant.settings.quietStart')}
            value={start}
            required
            onChange={(e) => setStart(e.target.value)}
            error={fieldMessage(t, error, 'quietHours.start')}
            className="min-h-11 text-base"
          />
          <TextField
            type="time"
            label={t('assistant.settings.quietEnd')}
            value={end}
            required
            onChange={(e) => setEnd(e.target.value)}
            error={fieldMessage(t, error, 'quietHours.end')}
            className="min-h-11 text-base"
          />
        </div>
      )}
      {error !== null && !fieldMessage(t, error, 'timeZone') && (
        <p role="alert" className="text-sm text-danger">
          {describeError(t, error)}
        </p>
      )}
      <div>
        <Button type="submit" variant="primary" busy={busy} className="min-h-11">
          {t('assistant.settings.save')}
        </Button>
      </div>
    </form>
  );
}
