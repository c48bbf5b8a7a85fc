import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../../shared/format/format';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { useSms } from './SmsStateContext';
import { smsErrorText } from './smsErrors';
import { smsApi, type SmsState } from './smsApi';

/**
 * A number of the person's own (dedicated routing only): one they can save as a contact, so the
 * Assistant's texts never arrive from a number shared with strangers.
 */
export function OwnNumber({ state }: { state: SmsState }) {
  const { t, i18n } = useTranslation();
  const { setState, reload } = useSms();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState(false);
  if (state.routing !== 'dedicated') return null;
  const verified = state.phone?.verified ?? false;
  const own = state.dedicatedNumber;

  const get = async () => {
    setBusy(true);
    setError(null);
    try {
      setState(await smsApi.getNumber());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col gap-2 border-t border-border pt-4" data-testid="sms-own-number">
      <h3 className="text-base font-semibold text-fg">{t('assistant.sms.ownTitle')}</h3>
      {own ? (
        <>
          <p className="text-sm text-fg">
            {t('assistant.sms.ownIs', { number: own.number, date: dateTime(own.since, i18n.language) })}
          </p>
          <div>
            <Button variant="ghostDanger" className="min-h-11" onClick={() => setConfirm(true)}>
              {t('assistant.sms.release')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="text-sm text-muted">{t('assistant.sms.ownIntro')}</p>
          <div>
            <Button variant="primary" className="min-h-11" busy={busy} disabled={!verified} onClick={() => void get()}>
              {t('assistant.sms.getOwn')}
            </Button>
          </div>
          {!verified && <p className="text-xs text-muted">{t('assistant.sms.ownNeedsPhone')}</p>}
        </>
      )}
      {error !== null && (
        <p role="alert" className="text-sm text-danger">
          {smsErrorText(t, error)}
        </p>
      )}
      {confirm && own && (
        <ConfirmDialog
          title={t('assistant.sms.releaseTitle')}
          confirmLabel={t('assistant.sms.release')}
          danger
          describeError={(e) => smsErrorText(t, e)}
          onClose={() => setConfirm(false)}
          onConfirm={async () => {
            await smsApi.releaseNumber();
            reload();
          }}
        >
          <p className="text-sm text-fg">{t('assistant.sms.releaseBody', { number: own.number })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
