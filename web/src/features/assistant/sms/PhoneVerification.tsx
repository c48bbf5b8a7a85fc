import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { CodeForm } from './CodeForm';
import { PhoneForm } from './PhoneForm';
import { useSms } from './SmsStateContext';
import { smsErrorText } from './smsErrors';
import { smsApi, type SmsState } from './smsApi';

const STATE = 'text-base text-fg';

/** The person's phone: add it, verify it with the texted code, and later see it, or remove it. */
export function PhoneVerification({ state }: { state: SmsState }) {
  const { t } = useTranslation();
  const { setState } = useSms();
  const [otherNumber, setOtherNumber] = useState(false);
  const [justSent, setJustSent] = useState(false);
  const phone = state.phone;
  const sent = (next: SmsState) => {
    setState(next);
    setOtherNumber(false);
    setJustSent(true);
  };

  if (!phone || otherNumber) {
    return (
      <div className="flex flex-col gap-3">
        <p className={STATE} data-testid="sms-state">
          {phone ? t('assistant.sms.stateChanging', { number: phone.number }) : t('assistant.sms.stateNone')}
        </p>
        <PhoneForm onSent={sent} onCancel={phone ? () => setOtherNumber(false) : undefined} />
      </div>
    );
  }
  if (!phone.verified) {
    return (
      <div className="flex flex-col gap-3">
        <p className={STATE} data-testid="sms-state">
          {t('assistant.sms.stateCodeSent', { number: phone.number })}
        </p>
        <CodeForm phone={phone} focus={justSent} onState={setState} onOtherNumber={() => setOtherNumber(true)} />
      </div>
    );
  }
  return <VerifiedPhone state={state} />;
}

function VerifiedPhone({ state }: { state: SmsState }) {
  const { t } = useTranslation();
  const { reload } = useSms();
  const [confirm, setConfirm] = useState(false);
  const phone = state.phone!;
  const assistant = state.assistantNumber;
  return (
    <div className="flex flex-col gap-3">
      <p className={STATE} data-testid="sms-state">
        <span aria-hidden="true" className="mr-1.5 text-success">
          ✓
        </span>
        {t('assistant.sms.stateVerified', { number: phone.number })}
      </p>
      {phone.optedOut && (
        <p
          role="status"
          className="rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-fg"
          data-testid="sms-opted-out"
        >
          {assistant ? t('assistant.sms.optedOut', { number: assistant }) : t('assistant.sms.optedOutNoNumber')}
        </p>
      )}
      {state.mode === 'simulator' ? (
        <p className="text-sm text-fg">
          <Link to="/assistant/sms" className="font-medium text-link underline underline-offset-2">
            {t('assistant.sms.openSimulator')}
          </Link>
        </p>
      ) : (
        assistant && (
          <p className="text-sm text-fg">
            {t('assistant.sms.textUs')}{' '}
            <a
              href={`sms:${assistant}`}
              className="font-medium text-link underline underline-offset-2"
              data-testid="sms-assistant-number"
            >
              {assistant}
            </a>
          </p>
        )
      )}
      {!state.enabled && <p className="text-sm text-muted">{t('assistant.sms.turnOnChannel')}</p>}
      <div>
        <Button variant="ghostDanger" className="min-h-11" onClick={() => setConfirm(true)}>
          {t('assistant.sms.remove')}
        </Button>
      </div>
      {confirm && (
        <ConfirmDialog
          title={t('assistant.sms.removeTitle')}
          confirmLabel={t('assistant.sms.removeConfirm')}
          danger
          describeError={(e) => smsErrorText(t, e)}
          onClose={() => setConfirm(false)}
          onConfirm={async () => {
            await smsApi.removePhone();
            reload();
          }}
        >
          <p className="text-sm text-fg">
            {state.dedicatedNumber ? t('assistant.sms.removeBodyOwnNumber') : t('assistant.sms.removeBody')}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
