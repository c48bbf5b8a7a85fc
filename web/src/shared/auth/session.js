import { jsx as _jsx } from "react/jsx-runtime";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, endpoints } from '../api/endpoints';
const SessionContext = createContext(null);
/** Resumes a stored session at start-up and tracks sign-in, sign-out and expiry. */
export function SessionProvider({ children }) {
    const [status, setStatus] = useState(() => (api.hasSession() ? 'loading' : 'signed-out'));
    const [user, setUser] = useState(null);
    const [expired, setExpired] = useState(false);
    useEffect(() => {
        return api.onSessionChange((change) => {
            if (change === 'expired') {
                setExpired(true);
                setUser(null);
                setStatus('signed-out');
            }
            else if (change === 'signed-out') {
                setUser(null);
                setStatus('signed-out');
            }
        });
    }, []);
    useEffect(() => {
        if (status !== 'loading')
            return;
        let cancelled = false;
        endpoints
            .me()
            .then((me) => {
            if (cancelled)
                return;
            setUser(me);
            setStatus('signed-in');
        })
            .catch(() => {
            if (cancelled)
                return;
            // A refused token already expired the session; a server that is down shows sign-in too.
            setStatus('signed-out');
        });
        return () => {
            cancelled = true;
        };
    }, [status]);
    const becomeSignedIn = useCallback(async () => {
        const me = await endpoints.me();
        setUser(me);
        setExpired(false);
        setStatus('signed-in');
    }, []);
    const signIn = useCallback(async (email, password) => {
        const result = await api.login(email, password);
        if (result.kind === 'signed-in')
            await becomeSignedIn();
        return result;
    }, [becomeSignedIn]);
    const completeSecondFactor = useCallback(async (challenge, code) => {
        await api.completeSecondFactor(challenge, code);
        await becomeSignedIn();
    }, [becomeSignedIn]);
    const adoptServerSession = useCallback(async () => {
        await api.adoptServerSession();
        await becomeSignedIn();
    }, [becomeSignedIn]);
    const signOut = useCallback(async () => {
        setExpired(false);
        await api.logout();
    }, []);
    const value = useMemo(() => ({ status, user, expired, signIn, completeSecondFactor, adoptServerSession, signOut }), [status, user, expired, signIn, completeSecondFactor, adoptServerSession, signOut]);
    return _jsx(SessionContext.Provider, { value: value, children: children });
}
export function useSession() {
    const value = useContext(SessionContext);
    if (!value)
        throw new Error('useSession outside SessionProvider');
    return value;
}
