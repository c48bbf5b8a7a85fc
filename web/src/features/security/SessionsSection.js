import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoader } from '../../shared/api/useLoader';
import { dateTime, relativeTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { useToast } from '../../shared/ui/Toasts';
import { securityApi } from './api';
import { describeDevice } from './device';
/** Every device signed in to the account; sign one out, or all but this one. */
export function SessionsSection() {
    const { t } = useTranslation();
    const toast = useToast();
    const fetchSessions = useCallback((signal) => securityApi.sessions(signal), []);
    const { data: sessions, error, reload } = useLoader(fetchSessions);
    const [confirmOthers, setConfirmOthers] = useState(false);
    const [actionError, setActionError] = useState(null);
    const others = sessions?.filter((s) => !s.current) ?? [];
    const signOut = async (session) => {
        setActionError(null);
        try {
            await securityApi.signOutSession(session.id);
            toast(t('security.sessions.signedOut'));
            reload();
        }
        catch (e) {
            setActionError(e);
        }
    };
    return (_jsxs(Section, { title: t('security.sessions.title'), testId: "sessions", actions: others.length > 0 && (_jsx(Button, { size: "sm", variant: "secondary", onClick: () => setConfirmOthers(true), children: t('security.sessions.signOutOthers') })), children: [_jsx("p", { className: "mb-3 text-sm text-muted", children: t('security.sessions.intro') }), _jsx(ErrorAlert, { error: error, onRetry: reload }), _jsx(ErrorAlert, { error: actionError, className: "mb-3" }), !sessions && !error && _jsx(Loading, {}), sessions && (_jsx("ul", { className: "flex flex-col divide-y divide-border", "aria-label": t('security.sessions.title'), children: sessions.map((session) => (_jsx(SessionRow, { session: session, onSignOut: () => void signOut(session) }, session.id))) })), confirmOthers && (_jsx(ConfirmDialog, { title: t('security.sessions.confirmOthersTitle'), confirmLabel: t('security.sessions.signOutOthers'), danger: true, onClose: () => setConfirmOthers(false), onConfirm: async () => {
                    const { revoked } = await securityApi.signOutOthers();
                    setConfirmOthers(false);
                    toast(t('security.sessions.othersSignedOut', { count: revoked }));
                    reload();
                }, children: t('security.sessions.confirmOthersBody', { count: others.length }) }))] }));
}
function SessionRow({ session, onSignOut }) {
    const { t, i18n } = useTranslation();
    const { browser, os } = describeDevice(session.userAgent);
    const device = browser && os
        ? t('security.sessions.browserOn', { browser, os })
        : (browser ?? os ?? session.userAgent ?? t('security.sessions.unknownDevice'));
    const method = session.method === 'password' ? t('security.sessions.byPassword') : session.method;
    return (_jsxs("li", { className: "flex flex-wrap items-center gap-x-4 gap-y-2 py-3", "data-testid": "session", children: [_jsxs("div", { className: "min-w-0 flex-1", children: [_jsxs("p", { className: "flex flex-wrap items-center gap-2 font-medium text-fg", children: [_jsx("span", { className: "break-words", children: device }), session.current && (_jsx("span", { className: "rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-fg", children: t('security.sessions.thisDevice') }))] }), _jsx("p", { className: "text-sm text-muted", children: [session.clientAddress, method, session.secondFactor ? t('security.sessions.withSecondFactor') : null]
                            .filter(Boolean)
                            .join(' · ') }), _jsxs("p", { className: "text-sm text-muted", children: [_jsx("span", { title: dateTime(session.lastUsedAt, i18n.language), children: t('security.sessions.lastUsed', { when: relativeTime(session.lastUsedAt, i18n.language) }) }), ' · ', _jsx("span", { children: t('security.sessions.signedIn', { when: dateTime(session.createdAt, i18n.language) }) })] })] }), !session.current && (_jsx(Button, { size: "sm", variant: "secondary", onClick: onSignOut, "aria-label": t('security.sessions.signOutDevice', { device }), children: t('security.sessions.signOut') }))] }));
}
