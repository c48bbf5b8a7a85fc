import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, endpoints } from '../api/endpoints';
import type { SignInResult, User } from '../api/types';

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out';

interface SessionValue {
  status: SessionStatus;
  user: User | null;
  /** True after a session ended on its own (refresh refused), until the next sign-in. */
  expired: boolean;
  /** Resolves `mfa-required` when the account must answer a second-factor challenge first. */
  signIn(email: string, password: string): Promise<SignInResult>;
  /** Answers the challenge `signIn` returned; the session starts when the code is right. */
  completeSecondFactor(challenge: string, code: string): Promise<void>;
  /** Adopts a session the server started (after a provider sign-in) from its refresh cookie. */
  adoptServerSession(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Resumes a stored session at start-up and tracks sign-in, sign-out and expiry. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>(() => (api.hasSession() ? 'loading' : 'signed-out'));
  const [user, setUser] = useState<User | null>(null);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    return api.onSessionChange((change) => {
      if (change === 'expired') {
        setExpired(true);
        setUser(null);
        setStatus('signed-out');
      } else if (change === 'signed-out') {
        setUser(null);
        setStatus('signed-out');
      }
    });
  }, []);

  useEffect(() => {
    if (status !== 'loading') return;
    let cancelled = false;
    endpoints
      .me()
      .then((me) => {
        if (cancelled) return;
        setUser(me);
        setStatus('signed-in');
      })
      .catch(() => {
        if (cancelled) return;
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

  const signIn = useCallback(
    async (email: string, password: string): Promise<SignInResult> => {
      const result = await api.login(email, password);
      if (result.kind === 'signed-in') await becomeSignedIn();
      return result;
    },
    [becomeSignedIn],
  );

  const completeSecondFactor = useCallback(
    async (challenge: string, code: string) => {
      await api.completeSecondFactor(challenge, code);
      await becomeSignedIn();
    },
    [becomeSignedIn],
  );

  const adoptServerSession = useCallback(async () => {
    await api.adoptServerSession();
    await becomeSignedIn();
  }, [becomeSignedIn]);

  const signOut = useCallback(async () => {
    setExpired(false);
    await api.logout();
  }, []);

  const value = useMemo(
    () => ({ status, user, expired, signIn, completeSecondFactor, adoptServerSession, signOut }),
    [status, user, expired, signIn, completeSecondFactor, adoptServerSession, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
