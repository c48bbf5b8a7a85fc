import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../shared/api/endpoints';
import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
import { useSession } from '../../shared/auth/session';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert } from '../../shared/ui/States';
import { AuthLayout } from './AuthLayout';
import { ProviderButtons } from './ProviderButtons';
import { SecondFactorScreen } from './SecondFactorStep';
import { readCompletion } from './signInFragment';
const PROVIDER_NAMES = { google: 'Google', github: 'GitHub', apple: 'Apple' };
/** A provider's error code, in words; unknown codes get the generic provider message. */
export function providerErrorMessage(t, code) {
    return t(`oauth.errors.${code}`, { defaultValue: t('oauth.errors.provider-error') });
}
/**
 * Where the server sends the browser after a provider's sign-in. The outcome is in the URL
 * fragment (never sent to a server); it is read once and removed from the address bar, so a
 * reload or the history cannot replay a challenge or a link ticket.
 */
export function SignInCompletePage() {
    const { t } = useTranslation();
    const navigate = useNavigate();
    const { adoptServerSession } = useSession();
    const [completion] = useState(() => readCompletion(window.location.hash));
    const [failure, setFailure] = useState(null);
    const adopted = useRef(false);
    useEffect(() => {
        window.history.replaceState(null, '', window.location.pathname);
    }, []);
    useEffect(() => {
        if (completion.kind !== 'signed-in' || adopted.current)
            return;
        adopted.current = true;
        adoptServerSession()
            .then(() => navigate(completion.next, { replace: true }))
            .catch((err) => setFailure(err));
    }, [completion, adoptServerSession, navigate]);
    if (completion.kind === 'mfa') {
        return (_jsx(SecondFactorScreen, { challenge: completion.challenge, methods: completion.methods, onSignedIn: () => navigate(completion.next, { replace: true }) }));
    }
    if (completion.kind === 'link') {
        return _jsx(LinkStep, { completion: completion });
    }
    if (completion.kind === 'error' || failure) {
        return (_jsxs(AuthLayout, { title: t('oauth.complete.failedTitle'), children: [_jsx("div", { role: "alert", className: "rounded-md border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger", children: completion.kind === 'error' ? providerErrorMessage(t, completion.code) : describeError(t, failure) }), _jsx("p", { className: "mt-6 text-center text-sm", children: _jsx(Link, { to: "/signin", className: "font-medium text-link underline-offset-2 hover:underline", children: t('oauth.complete.backToSignIn') }) })] }));
    }
    return (_jsx(AuthLayout, { title: t('oauth.complete.title'), children: _jsx("p", { role: "status", className: "text-sm text-muted", children: t('oauth.complete.working') }) }));
}
/** The account exists: its password links the provider to it and signs in (or asks for the second factor). */
function LinkStep({ completion }) {
    const { t } = useTranslation();
    const navigate = useNavigate();
    const { adoptServerSession } = useSession();
    const [password, setPassword] = useState('');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const [challenge, setChallenge] = useState(null);
    const provider = PROVIDER_NAMES[completion.provider] ?? completion.provider;
    const submit = async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        try {
            const result = await api.confirmProviderLink(completion.ticket, password);
            if (result.kind === 'mfa-required') {
                setChallenge({ challenge: result.challenge, methods: result.methods });
                setBusy(false);
                return;
            }
            // The tokens are in the client; this loads the account into the session.
            await adoptServerSession();
            navigate(completion.next, { replace: true });
        }
        catch (err) {
            setError(err);
            setBusy(false);
        }
    };
    if (challenge) {
        return (_jsx(SecondFactorScreen, { challenge: challenge.challenge, methods: challenge.methods, onSignedIn: () => navigate(completion.next, { replace: true }) }));
    }
    return (_jsxs(AuthLayout, { title: t('oauth.link.title', { provider }), subtitle: completion.password
            ? t('oauth.link.subtitle', { provider, email: completion.email })
            : t('oauth.link.subtitleProviders', { provider, email: completion.email }), children: [completion.password && (_jsxs("form", { onSubmit: submit, noValidate: true, className: "flex flex-col gap-4", children: [_jsx(TextField, { label: t('oauth.link.password'), type: "password", name: "password", autoComplete: "current-password", required: true, autoFocus: true, value: password, onChange: (e) => setPassword(e.target.value) }), _jsx(ErrorAlert, { error: error, describe: (err) => isApiError(err) && t(`oauth.errors.${err.code}`, { defaultValue: '' })
                            ? t(`oauth.errors.${err.code}`)
                            : describeError(t, err) }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, className: "w-full", children: t('oauth.link.submit') })] })), completion.via.length > 0 && (_jsx(ProviderButtons, { next: completion.next, only: completion.via, linkTicket: completion.ticket })), _jsx("p", { className: "mt-6 text-center text-sm", children: _jsx(Link, { to: "/signin", className: "font-medium text-link underline-offset-2 hover:underline", children: t('oauth.link.cancel') }) })] }));
}
