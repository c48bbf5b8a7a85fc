import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/Button';
import { SelectField, TextField } from '../../../shared/ui/Field';
import { countryOptions, defaultCountry } from './countries';
import { isNumberError, smsErrorText } from './smsErrors';
import { smsApi, type SmsState } from './smsApi';

/**
 * A phone number and the country it is read in, then "Send code". A number written with its
 * country code (+33…) is read as it is; any other is read as a national number of the country.
 */
export function PhoneForm({ onSent, onCancel }: { onSent: (state: SmsState) => void; onCancel?: () => void }) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const [country, setCountry] = useState(defaultCountry);
  const [number, setNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const send = async () => {
    if (!number.trim()) return;
    setBusy(true);
    setError(null);
    try {
      onSent(await smsApi.addPhone(number.trim(), country));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <div className="grid gap-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
        <SelectField
          label={t('assistant.sms.country')}
          value={country}
          onChange={(e) => setCountry(e.target.value)}
          className="min-h-11 text-base"
        >
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('assistant.sms.number')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          hint={t('assistant.sms.numberHint')}
          error={isNumberError(error) ? smsErrorText(t, error) : undefined}
          data-testid="sms-phone-input"
          className="min-h-11 text-base"
        />
      </div>
      {error !== null && !isNumberError(error) && (
        <p role="alert" className="text-sm text-danger">
          {smsErrorText(t, error)}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          variant="primary"
          busy={busy}
          disabled={!number.trim()}
          className="min-h-11"
          data-testid="sms-send-code"
        >
          {t('assistant.sms.sendCode')}
        </Button>
        {onCancel && (
          <Button className="min-h-11" onClick={onCancel}>
            {t('assistant.sms.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
