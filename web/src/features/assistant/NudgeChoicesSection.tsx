import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, fieldMessage } from '../../shared/api/messages';
import { useLoader } from '../../shared/api/useLoader';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { assistantApi, type Settings } from './api';
import { SmsChannelChoice, useSmsChannel } from './sms';

const DEFAULT_MORNING = '08:30';
const DEFAULT_EVENING = '21:00';

/**
 * Where nudges go (in the app always; email, push and text messages by choice) and the opt-in daily check-ins
 * (a morning plan, an evening review), saved together. The time zone and quiet hours have their
 * own form: this one sends them as they are on the server at the moment of saving, so that saving
 * here never undoes a change made there.
 */
export function NudgeChoicesSection() {
  const { t } = useTranslation();
  const { data, error, reload } = useLoader(assistantApi.settings);
  return (
    <>
      {error ? (
        <Section title={t('assistant.channels.title')} testId="assistant-channels">
          <ErrorAlert error={error} onRetry={reload} />
        </Section>
      ) : data === null ? (
        <Section title={t('assistant.channels.title')} testId="assistant-channels">
          <Loading />
        </Section>
      ) : (
        <NudgeChoicesForm initial={data} />
      )}
    </>
  );
}

function NudgeChoicesForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const toast = useToast();
  const emailAvailable = initial.channels?.emailAvailable ?? false;
  const emailVerified = initial.channels?.emailVerified ?? false;
  const [email, setEmail] = useState(initial.channels?.email ?? false);
  const [push, setPush] = useState(initial.channels?.push ?? true);
  const [sms, setSms] = useState(initial.channels?.sms ?? false);
  const smsChannel = useSmsChannel();
  const [morningOn, setMorningOn] = useState(Boolean(initial.checkIns?.morningPlanAt));
  const [morning, setMorning] = useState(initial.checkIns?.morningPlanAt ?? DEFAULT_MORNING);
  const [eveningOn, setEveningOn] = useState(Boolean(initial.checkIns?.eveningCheckInAt));
  const [evening, setEvening] = useState(initial.checkIns?.eveningCheckInAt ?? DEFAULT_EVENING);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const current = await assistantApi.settings();
      await assistantApi.saveSettings({
        timeZone: current.timeZone,
        quietHours: current.quietHours,
        // Without a verified phone there is no SMS to choose; unknown (no SMS here), it is left as saved.
        channels: {
          email: emailAvailable && email,
          push,
          ...(smsChannel.allowed === null ? {} : { sms: smsChannel.allowed && sms }),
        },
        checkIns: { morningPlanAt: morningOn ? morning : null, eveningCheckInAt: eveningOn ? evening : null },
      });
      toast(t('assistant.settings.saved'));
      // The SMS section says whether texts are on.
      smsChannel.refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const emailHint = !emailAvailable
    ? t('assistant.channels.emailUnavailable')
    : !emailVerified
      ? t('assistant.channels.emailUnverified')
      : t('assistant.channels.emailHint');

  return (
    <form
      className="flex flex-col gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Section title={t('assistant.channels.title')} testId="assistant-channels">
        <div className="flex flex-col gap-3">
          <p className="text-sm text-muted">{t('assistant.channels.intro')}</p>
          <label className="flex min-h-11 items-center gap-3 text-base text-fg">
            <input type="checkbox" className="h-5 w-5" checked disabled />
            {t('assistant.channels.inApp')}
          </label>
          <p className="-mt-3 text-xs text-muted">{t('assistant.channels.inAppHint')}</p>
          <label className="flex min-h-11 items-center gap-3 text-base text-fg">
            <input
              type="checkbox"
              className="h-5 w-5"
              checked={emailAvailable && email}
              disabled={!emailAvailable}
              onChange={(e) => setEmail(e.target.checked)}
            />
            {t('assistant.channels.email')}
          </label>
          <p className="-mt-3 text-xs text-muted">{emailHint}</p>
          <label className="flex min-h-11 items-center gap-3 text-base text-fg">
            <input type="checkbox" className="h-5 w-5" checked={push} onChange={(e) => setPush(e.target.checked)} />
            {t('assistant.channels.push')}
          </label>
          <p className="-mt-3 text-xs text-muted">{t('assistant.channels.pushHint')}</p>
          <SmsChannelChoice checked={sms} onChange={setSms} />
          {/* The "this device" web push section (subscribe this browser) goes here. */}
        </div>
      </Section>
      <Section title={t('assistant.checkins.title')} testId="assistant-checkins">
        <div className="flex flex-col gap-3">
          <p className="text-sm text-muted">{t('assistant.checkins.intro')}</p>
          <CheckInChoice
            label={t('assistant.checkins.morning')}
            hint={t('assistant.checkins.morningHint')}
            timeLabel={t('assistant.checkins.morningAt')}
            on={morningOn}
            time={morning}
            onToggle={setMorningOn}
            onTime={setMorning}
            error={fieldMessage(t, error, 'checkIns.morningPlanAt')}
          />
          <CheckInChoice
            label={t('assistant.checkins.evening')}
            hint={t('assistant.checkins.eveningHint')}
            timeLabel={t('assistant.checkins.eveningAt')}
            on={eveningOn}
            time={evening}
            onToggle={setEveningOn}
            onTime={setEvening}
            error={fieldMessage(t, error, 'checkIns.eveningCheckInAt')}
          />
          {error !== null &&
            !fieldMessage(t, error, 'checkIns.morningPlanAt') &&
            !fieldMessage(t, error, 'checkIns.eveningCheckInAt') && (
              <p role="alert" className="text-sm text-danger">
                {describeError(t, error)}
              </p>
            )}
          <div>
            <Button type="submit" variant="primary" busy={busy} className="min-h-11">
              {t('assistant.channels.save')}
            </Button>
          </div>
        </div>
      </Section>
    </form>
  );
}

function CheckInChoice(props: {
  label: string;
  hint: string;
  timeLabel: string;
  on: boolean;
  time: string;
  onToggle: (on: boolean) => void;
  onTime: (time: string) => void;
  error?: string;
}) {
  return (
    <div className="flex flex-col gap-2">
      <label className="flex min-h-11 items-center gap-3 text-base text-fg">
        <input type="checkbox" className="h-5 w-5" checked={props.on} onChange={(e) => props.onToggle(e.target.checked)} />
        {props.label}
      </label>
      <p className="-mt-2 text-xs text-muted">{props.hint}</p>
      {props.on && (
        <TextField
          type="time"
          label={props.timeLabel}
          value={props.time}
          required
          onChange={(e) => props.onTime(e.target.value)}
          error={props.error}
          className="min-h-11 text-base"
        />
      )}
    </div>
  );
}
