import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Button } from '../../../shared/ui/Button';
import { Section } from '../../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../../shared/ui/States';
import { useToast } from '../../../shared/ui/Toasts';
import { currentSubscription, deviceState, pushSupported, subscribe, type DeviceState } from './browserPush';
import { pushApi } from './pushApi';

type State = DeviceState | 'loading' | 'unavailable';

/**
 * "Notifications on this device": turns web push on or off for this browser, says why it cannot
 * when it cannot (blocked, not supported, off on the server), and sends a test.
 */
export function PushSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const [state, setState] = useState<State>('loading');
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'on' | 'off' | 'test' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    if (!pushSupported()) return setState('unsupported');
    try {
      await pushApi.publicKey();
      const subscription = await currentSubscription();
      const next = deviceState(subscription);
      // The server may have forgotten this browser (its push service said it was gone): tell it again.
      if (next === 'on' && subscription) setDeviceId((await pushApi.subscribe(subscription.toJSON())).id);
      setState(next);
    } catch (e) {
      if (isApiError(e) && e.status === 404) setState('unavailable');
      else setError(e);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const act = async (kind: 'on' | 'off' | 'test') => {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'on') {
        const subscription = await subscribe(await pushApi.publicKey());
        if (subscription) setDeviceId((await pushApi.subscribe(subscription.toJSON())).id);
        setState(deviceState(subscription));
      } else if (kind === 'off') {
        const subscription = await currentSubscription();
        await subscription?.unsubscribe();
        if (deviceId) await pushApi.remove(deviceId).catch(() => undefined);
        setDeviceId(null);
        setState('off');
      } else {
        const result = await pushApi.test();
        if (result.sent > 0) toast(t('assistant.push.testSent', { count: result.sent }));
        else toast(t('assistant.push.testNone'), 'error');
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Section title={t('assistant.push.title')} testId="push-notifications">
      <p className="mb-3 text-sm text-muted">{t('assistant.push.intro')}</p>
      {state === 'loading' && error === null ? (
        <Loading />
      ) : (
        <div className="flex flex-col gap-3">
          {state !== 'loading' && (
            <p className="text-base text-fg" data-testid="push-state">
              {t(`assistant.push.${state}`)}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            {state === 'off' && (
              <Button variant="primary" className="min-h-11" busy={busy === 'on'} onClick={() => void act('on')}>
                {t('assistant.push.turnOn')}
              </Button>
            )}
            {state === 'on' && (
              <>
                <Button
                  variant="primary"
                  className="min-h-11"
                  busy={busy === 'test'}
                  disabled={busy !== null}
                  onClick={() => void act('test')}
                >
                  {t('assistant.push.test')}
                </Button>
                <Button className="min-h-11" busy={busy === 'off'} disabled={busy !== null} onClick={() => void act('off')}>
                  {t('assistant.push.turnOff')}
                </Button>
              </>
            )}
          </div>
        </div>
      )}
      {error !== null && <ErrorAlert error={error} className="mt-3" />}
    </Section>
  );
}
