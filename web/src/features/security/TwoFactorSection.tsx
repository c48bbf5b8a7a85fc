import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { useLoader } from '../../shared/api/useLoader';
import { isStepUpCancelled, useStepUp } from '../../shared/auth/StepUp';
import { dateTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { mfaApi, type TotpEnrolment } from './mfa/api';
import { EnrolTotp } from './mfa/EnrolTotp';
import { RecoveryCodesPanel } from './mfa/RecoveryCodesPanel';

type Stage = { kind: 'status' } | { kind: 'enrolling'; enrolment: TotpEnrolment } | { kind: 'codes'; codes: string[] };

/**
 * Two-factor authentication: set up an authenticator app (QR code or manual key, confirmed by a
 * first code), see the recovery codes once, get new ones, or turn it off. The sensitive steps ask
 * for the password or a code first when the sign-in is older than 5 minutes (step-up).
 */
export function TwoFactorSection() {
  const { t, i18n } = useTranslation();
  const { stepUp } = useStepUp();
  const fetchStatus = useCallback(() => mfaApi.status(), []);
  const { data: status, error: loadError, reload } = useLoader(fetchStatus);
  const [stage, setStage] = useState<Stage>({ kind: 'status' });
  const [busy, setBusy] = useState<'setup' | 'regenerate' | 'disable' | null>(null);
  const [confirmingOff, setConfirmingOff] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (which: 'setup' | 'regenerate' | 'disable', action: () => Promise<void>) => {
    setBusy(which);
    setError(null);
    try {
      await stepUp(action);
    } catch (err) {
      if (!isStepUpCancelled(err)) setError(err);
    } finally {
      setBusy(null);
    }
  };

  const setUp = () =>
    run('setup', async () => {
      const enrolment = await mfaApi.beginTotp();
      setStage({ kind: 'enrolling', enrolment });
    });

  const regenerate = () =>
    run('regenerate', async () => {
      const codes = await mfaApi.regenerateRecoveryCodes();
      setStage({ kind: 'codes', codes });
    });

  const turnOff = () =>
    run('disable', async () => {
      await mfaApi.disable();
      setConfirmingOff(false);
      reload();
    });

  const describe = (err: unknown) =>
    isApiError(err) && err.code === 'mfa-required-by-organization'
      ? t('mfa.status.requiredByOrganization')
      : describeError(t, err);

  let body;
  if (stage.kind === 'enrolling') {
    body = (
      <EnrolTotp
        enrolment={stage.enrolment}
        onEnabled={(codes) => setStage({ kind: 'codes', codes })}
        onCancel={() => setStage({ kind: 'status' })}
      />
    );
  } else if (stage.kind === 'codes') {
    body = (
      <RecoveryCodesPanel
        codes={stage.codes}
        onDone={() => {
          setStage({ kind: 'status' });
          reload();
        }}
      />
    );
  } else if (loadError) {
    body = <ErrorAlert error={loadError} onRetry={reload} />;
  } else if (!status) {
    body = <Loading />;
  } else if (!status.totp.enabled) {
    body = (
      <div className="flex flex-col gap-3">
        <p className="text-sm text-muted">{t('mfa.status.off')}</p>
        <ErrorAlert error={error} describe={describe} />
        <div>
          <Button variant="primary" busy={busy === 'setup'} onClick={() => void setUp()}>
            {t('mfa.status.setUp')}
          </Button>
        </div>
      </div>
    );
  } else {
    body = (
      <div className="flex flex-col gap-3">
        <p className="text-sm text-fg" data-testid="mfa-on">
          {status.totp.enabledAt
            ? t('mfa.status.onSince', { date: dateTime(status.totp.enabledAt, i18n.language) })
            : t('mfa.status.on')}
        </p>
        <p className={`text-sm ${status.recoveryCodesRemaining <= 2 ? 'text-warn' : 'text-muted'}`}>
          {t('mfa.status.codesLeft', { count: status.recoveryCodesRemaining })}
        </p>
        <ErrorAlert error={error} describe={describe} />
        {confirmingOff ? (
          <div
            role="group"
            aria-label={t('mfa.status.turnOffTitle')}
            className="flex flex-col gap-3 rounded-md border border-danger/40 p-3"
          >
            <p className="text-sm text-fg">{t('mfa.status.turnOffWarning')}</p>
            <div className="flex flex-wrap gap-2">
              <Button variant="danger" busy={busy === 'disable'} onClick={() => void turnOff()} autoFocus>
                {t('mfa.status.turnOffConfirm')}
              </Button>
              <Button onClick={() => setConfirmingOff(false)}>{t('common.cancel')}</Button>
            </div>
          </div>
        ) : (
          <div className="flex flex-wrap gap-2">
            <Button busy={busy === 'regenerate'} onClick={() => void regenerate()}>
              {t('mfa.status.regenerate')}
            </Button>
            <Button busy={busy === 'setup'} onClick={() => void setUp()}>
              {t('mfa.status.replace')}
            </Button>
            <Button variant="ghostDanger" onClick={() => setConfirmingOff(true)}>
              {t('mfa.status.turnOff')}
            </Button>
          </div>
        )}
      </div>
    );
  }

  return (
    <Section title={t('mfa.title')} testId="two-factor">
      {body}
    </Section>
  );
}
