import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Button } from '../../../shared/ui/Button';
import { Section } from '../../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../../shared/ui/States';
import { useToast } from '../../../shared/ui/Toasts';
import { currentSubscription, deviceState, pushSupported, subscribe } from './browserPush';
import { pushApi } from './pushApi';
/**
 * "Notifications on this device": turns web push on or off for this browser, says why it cannot
 * when it cannot (blocked, not supported, off on the server), and sends a test.
 */
export function PushSection() {
    const { t } = useTranslation();
    const toast = useToast();
    const [state, setState] = useState('loading');
    const [deviceId, setDeviceId] = useState(null);
    const [busy, setBusy] = useState(null);
    const [error, setError] = useState(null);
    const load = useCallback(async () => {
        if (!pushSupported())
            return setState('unsupported');
        try {
            await pushApi.publicKey();
            const subscription = await currentSubscription();
            const next = deviceState(subscription);
            // The server may have forgotten this browser (its push service said it was gone): tell it again.
            if (next === 'on' && subscription)
                setDeviceId((await pushApi.subscribe(subscription.toJSON())).id);
            setState(next);
        }
        catch (e) {
            if (isApiError(e) && e.status === 404)
                setState('unavailable');
            else
                setError(e);
        }
    }, []);
    useEffect(() => {
        void load();
    }, [load]);
    const act = async (kind) => {
        setBusy(kind);
        setError(null);
        try {
            if (kind === 'on') {
                const subscription = await subscribe(await pushApi.publicKey());
                if (subscription)
                    setDeviceId((await pushApi.subscribe(subscription.toJSON())).id);
                setState(deviceState(subscription));
            }
            else if (kind === 'off') {
                const subscription = await currentSubscription();
                await subscription?.unsubscribe();
                if (deviceId)
                    await pushApi.remove(deviceId).catch(() => undefined);
                setDeviceId(null);
                setState('off');
            }
            else {
                const result = await pushApi.test();
                if (result.sent > 0)
                    toast(t('assistant.push.testSent', { count: result.sent }));
                else
                    toast(t('assistant.push.testNone'), 'error');
            }
        }
        catch (e) {
            setError(e);
        }
        finally {
            setBusy(null);
        }
    };
    return (_jsxs(Section, { title: t('assistant.push.title'), testId: "push-notifications", children: [_jsx("p", { className: "mb-3 text-sm text-muted", children: t('assistant.push.intro') }), state === 'loading' && error === null ? (_jsx(Loading, {})) : (_jsxs("div", { className: "flex flex-col gap-3", children: [state !== 'loading' && (_jsx("p", { className: "text-base text-fg", "data-testid": "push-state", children: t(`assistant.push.${state}`) })), _jsxs("div", { className: "flex flex-wrap gap-2", children: [state === 'off' && (_jsx(Button, { variant: "primary", className: "min-h-11", busy: busy === 'on', onClick: () => void act('on'), children: t('assistant.push.turnOn') })), state === 'on' && (_jsxs(_Fragment, { children: [_jsx(Button, { variant: "primary", className: "min-h-11", busy: busy === 'test', disabled: busy !== null, onClick: () => void act('test'), children: t('assistant.push.test') }), _jsx(Button, { className: "min-h-11", busy: busy === 'off', disabled: busy !== null, onClick: () => void act('off'), children: t('assistant.push.turnOff') })] }))] })] })), error !== null && _jsx(ErrorAlert, { error: error, className: "mt-3" })] }));
}
