import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Button } from '../../../shared/ui/Button';
import { TextField } from '../../../shared/ui/Field';
import { ErrorAlert } from '../../../shared/ui/States';
import { describeError } from '../../../shared/api/messages';
import { groupedKey, mfaApi, svgDataUri, type TotpEnrolment } from './api';
import { CopyButton } from './CopyButton';

/**
 * Setting up an authenticator app: scan the QR code or type the manual key, then prove it with the
 * app's first code. Only that turns two-factor authentication on.
 */
export function EnrolTotp({
  enrolment,
  onEnabled,
  onCancel,
}: {
  enrolment: TotpEnrolment;
  onEnabled: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const key = groupedKey(enrolment.secret);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const digits = code.replace(/\s+/g, '');
    if (!digits) return;
    setBusy(true);
    setError(null);
    try {
      onEnabled(await mfaApi.confirmTotp(digits));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const codeError = isApiError(error) && error.fieldError('code') ? t('mfa.setup.wrongCode') : undefined;

  return (
    <div className="flex flex-col gap-4" data-testid="mfa-enrolment">
      <ol className="flex list-decimal flex-col gap-4 pl-5 text-sm text-fg">
        <li>
          <p>{t('mfa.setup.step1')}</p>
          <img
            src={svgDataUri(enrolment.qrSvg)}
            alt={t('mfa.setup.qrAlt')}
            width={192}
            height={192}
            className="mt-3 h-48 w-48 rounded-md border border-border bg-white p-1"
          />
          <div className="mt-3 flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1">
              <TextField
                label={t('mfa.setup.manualKey')}
                name="manualKey"
                readOnly
                value={key}
                className="font-mono"
                hint={t('mfa.setup.manualKeyHint')}
                onFocus={(e) => e.currentTarget.select()}
              />
            </div>
            <CopyButton text={enrolment.secret} label={t('mfa.setup.copyKey')} />
          </div>
        </li>
        <li>
          <form onSubmit={submit} noValidate className="flex flex-col gap-3 sm:max-w-xs">
            <TextField
              label={t('mfa.setup.code')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              maxLength={7}
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={codeError}
            />
            {!codeError && (
              <ErrorAlert
                error={error}
                describe={(err) =>
                  isApiError(err) && err.code === 'no-pending-enrolment' ? t('mfa.setup.expired') : describeError(t, err)
                }
              />
            )}
            <div className="flex flex-wrap gap-2">
              <Button type="submit" variant="primary" busy={busy} disabled={!code.trim()}>
                {t('mfa.setup.confirm')}
              </Button>
              <Button onClick={onCancel}>{t('common.cancel')}</Button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}
