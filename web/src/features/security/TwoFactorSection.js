import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
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
import { mfaApi } from './mfa/api';
import { EnrolTotp } from './mfa/EnrolTotp';
import { RecoveryCodesPanel } from './mfa/RecoveryCodesPanel';
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
    const [stage, setStage] = useState({ kind: 'status' });
    const [busy, setBusy] = useState(null);
    const [confirmingOff, setConfirmingOff] = useState(false);
    const [error, setError] = useState(null);
    const run = async (which, action) => {
        setBusy(which);
        setError(null);
        try {
            await stepUp(action);
        }
        catch (err) {
            if (!isStepUpCancelled(err))
                setError(err);
        }
        finally {
            setBusy(null);
        }
    };
    const setUp = () => run('setup', async () => {
        const enrolment = await mfaApi.beginTotp();
        setStage({ kind: 'enrolling', enrolment });
    });
    const regenerate = () => run('regenerate', async () => {
        const codes = await mfaApi.regenerateRecoveryCodes();
        setStage({ kind: 'codes', codes });
    });
    const turnOff = () => run('disable', async () => {
        await mfaApi.disable();
        setConfirmingOff(false);
        reload();
    });
    const describe = (err) => isApiError(err) && err.code === 'mfa-required-by-organization' ? t('mfa.status.requiredByOrganization') : describeError(t, err);
    let body;
    if (stage.kind === 'enrolling') {
        body = (_jsx(EnrolTotp, { enrolment: stage.enrolment, onEnabled: (codes) => setStage({ kind: 'codes', codes }), onCancel: () => setStage({ kind: 'status' }) }));
    }
    else if (stage.kind === 'codes') {
        body = (_jsx(RecoveryCodesPanel, { codes: stage.codes, onDone: () => {
                setStage({ kind: 'status' });
                reload();
            } }));
    }
    else if (loadError) {
        body = _jsx(ErrorAlert, { error: loadError, onRetry: reload });
    }
    else if (!status) {
        body = _jsx(Loading, {});
    }
    else if (!status.totp.enabled) {
        body = (_jsxs("div", { className: "flex flex-col gap-3", children: [_jsx("p", { className: "text-sm text-muted", children: t('mfa.status.off') }), _jsx(ErrorAlert, { error: error, describe: describe }), _jsx("div", { children: _jsx(Button, { variant: "primary", busy: busy === 'setup', onClick: () => void setUp(), children: t('mfa.status.setUp') }) })] }));
    }
    else {
        body = (_jsxs("div", { className: "flex flex-col gap-3", children: [_jsx("p", { className: "text-sm text-fg", "data-testid": "mfa-on", children: status.totp.enabledAt
                        ? t('mfa.status.onSince', { date: dateTime(status.totp.enabledAt, i18n.language) })
                        : t('mfa.status.on') }), _jsx("p", { className: `text-sm ${status.recoveryCodesRemaining <= 2 ? 'text-warn' : 'text-muted'}`, children: t('mfa.status.codesLeft', { count: status.recoveryCodesRemaining }) }), _jsx(ErrorAlert, { error: error, describe: describe }), confirmingOff ? (_jsxs("div", { role: "group", "aria-label": t('mfa.status.turnOffTitle'), className: "flex flex-col gap-3 rounded-md border border-danger/40 p-3", children: [_jsx("p", { className: "text-sm text-fg", children: t('mfa.status.turnOffWarning') }), _jsxs("div", { className: "flex flex-wrap gap-2", children: [_jsx(Button, { variant: "danger", busy: busy === 'disable', onClick: () => void turnOff(), autoFocus: true, children: t('mfa.status.turnOffConfirm') }), _jsx(Button, { onClick: () => setConfirmingOff(false), children: t('common.cancel') })] })] })) : (_jsxs("div", { className: "flex flex-wrap gap-2", children: [_jsx(Button, { busy: busy === 'regenerate', onClick: () => void regenerate(), children: t('mfa.status.regenerate') }), _jsx(Button, { busy: busy === 'setup', onClick: () => void setUp(), children: t('mfa.status.replace') }), _jsx(Button, { variant: "ghostDanger", onClick: () => setConfirmingOff(true), children: t('mfa.status.turnOff') })] }))] }));
    }
    return (_jsx(Section, { title: t('mfa.title'), testId: "two-factor", children: body }));
}
