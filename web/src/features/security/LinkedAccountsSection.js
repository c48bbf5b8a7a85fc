import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/endpoints';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { isStepUpCancelled, useStepUp } from '../../shared/auth/StepUp';
import { dateTime } from '../../shared/format/format';
import { Button } from '../../shared/ui/Button';
import { Section } from '../../shared/ui/Section';
import { ErrorAlert, Loading } from '../../shared/ui/States';
const enc = encodeURIComponent;
/** What the provider's round-trip left in the fragment (`#linked=github` or `#error=…`), read once. */
function takeReturn() {
    const fields = new URLSearchParams(window.location.hash.slice(1));
    const linked = fields.get('linked') ?? undefined;
    const error = fields.get('error') ?? undefined;
    if (linked || error)
        window.history.replaceState(null, '', window.location.pathname);
    return { linked, error };
}
/**
 * The providers linked to the account: link another (a full-page trip to the provider that comes
 * back here), unlink one — but never the last way to sign in.
 */
export function LinkedAccountsSection() {
    const { t, i18n } = useTranslation();
    const { stepUp } = useStepUp();
    const [overview, setOverview] = useState(null);
    const [error, setError] = useState(null);
    const [busy, setBusy] = useState(null);
    const [returned] = useState(takeReturn);
    const [notice, setNotice] = useState(null);
    const load = useCallback(() => {
        setError(null);
        api
            .get('/api/v1/me/identities')
            .then(setOverview)
            .catch((err) => setError(err));
    }, []);
    useEffect(load, [load]);
    const nameOf = (id) => overview?.identities.find((i) => i.provider === id)?.name ??
        overview?.available.find((p) => p.id === id)?.name ??
        id;
    // Linking and unlinking are sensitive: a stale session is asked for the password or a code first.
    const link = async (provider) => {
        setBusy(provider);
        setError(null);
        try {
            const { url } = await stepUp(() => api.post(`/api/v1/me/identities/${enc(provider)}/link`));
            window.location.assign(url);
        }
        catch (err) {
            if (!isStepUpCancelled(err))
                setError(err);
            setBusy(null);
        }
    };
    const unlink = async (provider) => {
        setBusy(provider);
        setError(null);
        try {
            await stepUp(() => api.delete(`/api/v1/me/identities/${enc(provider)}`));
            setNotice(t('oauth.linked.unlinkedNotice', { name: nameOf(provider) }));
            load();
        }
        catch (err) {
            if (!isStepUpCancelled(err))
                setError(err);
        }
        finally {
            setBusy(null);
        }
    };
    const describe = (err) => isApiError(err) && t(`oauth.errors.${err.code}`, { defaultValue: '' })
        ? t(`oauth.errors.${err.code}`)
        : describeError(t, err);
    const onlyWay = overview !== null && !overview.hasPassword && overview.identities.length <= 1;
    const linkedNotice = returned.linked && overview ? t('oauth.linked.linkedNotice', { name: nameOf(returned.linked) }) : null;
    return (_jsxs(Section, { title: t('oauth.linked.title'), testId: "linked-accounts", children: [_jsx("p", { className: "mb-3 text-sm text-muted", children: t('oauth.linked.intro') }), (notice ?? linkedNotice) && (_jsx("p", { role: "status", className: "mb-3 rounded-md border border-border bg-surface-2 px-3 py-2 text-sm text-fg", children: notice ?? linkedNotice })), returned.error && (_jsx("div", { role: "alert", className: "mb-3 rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger", children: t(`oauth.errors.${returned.error}`, { defaultValue: t('oauth.errors.provider-error') }) })), _jsx(ErrorAlert, { error: error, describe: describe, onRetry: overview ? undefined : load, className: "mb-3" }), !overview && !error && _jsx(Loading, {}), overview && (_jsxs(_Fragment, { children: [overview.identities.length === 0 ? (_jsx("p", { className: "text-sm text-muted", children: t('oauth.linked.none') })) : (_jsx("ul", { className: "flex flex-col divide-y divide-border", children: overview.identities.map((identity) => (_jsxs("li", { className: "flex flex-wrap items-center justify-between gap-2 py-2", children: [_jsxs("div", { className: "min-w-0", children: [_jsx("p", { className: "font-medium text-fg", children: identity.name }), _jsxs("p", { className: "truncate text-sm text-muted", children: [identity.email ? `${identity.email} · ` : '', t('oauth.linked.linkedAt', { when: dateTime(identity.linkedAt, i18n.language) })] })] }), _jsx(Button, { size: "sm", onClick: () => unlink(identity.provider), disabled: onlyWay, busy: busy === identity.provider, "aria-label": t('oauth.linked.unlinkLabel', { name: identity.name }), "aria-describedby": onlyWay ? 'linked-only-way' : undefined, children: t('oauth.linked.unlink') })] }, identity.provider))) })), onlyWay && (_jsx("p", { id: "linked-only-way", className: "mt-2 text-sm text-muted", children: t('oauth.linked.lastMethod') })), overview.available.length > 0 && (_jsx("div", { className: "mt-4 flex flex-wrap gap-2", children: overview.available.map((provider) => (_jsx(Button, { size: "sm", onClick: () => link(provider.id), busy: busy === provider.id, children: t('oauth.linked.link', { name: provider.name }) }, provider.id))) }))] }))] }));
}
