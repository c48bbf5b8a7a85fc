import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../../shared/ui/States';
import { OwnNumber } from './OwnNumber';
import { PhoneVerification } from './PhoneVerification';
import { useSms } from './SmsStateContext';
import { SmsUsage } from './SmsUsage';

/** Settings → "Text messages (SMS)": the phone, its verification, an own number, this month's usage. */
export function SmsSection() {
  const { t } = useTranslation();
  const { state, error, unavailable, reload } = useSms();
  return (
    <Section title={t('assistant.sms.title')} testId="sms-settings">
      <p className="mb-3 text-sm text-muted">{t('assistant.sms.intro')}</p>
      {unavailable ? (
        <p className="text-sm text-muted">{t('assistant.sms.unavailable')}</p>
      ) : state === null && error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : state === null ? (
        <Loading />
      ) : (
        <div className="flex flex-col gap-4">
          {state.mode === 'simulator' && (
            <p
              className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg"
              data-testid="sms-simulator-note"
            >
              {t('assistant.sms.simulatorNote')}{' '}
              <Link to="/assistant/sms" className="font-medium text-link underline underline-offset-2">
                {t('assistant.sms.openSimulator')}
              </Link>
            </p>
          )}
          <PhoneVerification state={state} />
          <OwnNumber state={state} />
          {(state.phone || state.usage.segmentsSent + state.usage.segmentsReceived > 0) && <SmsUsage usage={state.usage} />}
        </div>
      )}
    </Section>
  );
}
