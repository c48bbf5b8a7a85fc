import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { describeError } from '../api/messages';
import { isApiError } from '../api/problem';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { Modal } from '../ui/Modal';
import { ErrorAlert } from '../ui/States';

/** What `stepUp` rejects with when the person closes the dialog instead of confirming. */
export class StepUpCancelled extends Error {
  constructor() {
    super('Step-up cancelled');
    this.name = 'StepUpCancelled';
  }
}

export function isStepUpCancelled(error: unknown): error is StepUpCancelled {
  return error instanceof StepUpCancelled;
}

interface StepUpValue {
  /**
   * Runs `action`; when the server answers `reauthentication-required` (a sensitive change and no
   * proof of presence in the last 5 minutes), asks for the password or a code, proves it, and runs
   * `action` once more. Rejects with {@link StepUpCancelled} when the dialog is closed.
   */
  stepUp<T>(action: () => Promise<T>): Promise<T>;
}

const StepUpContext = createContext<StepUpValue | null>(null);

interface Pending {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Holds the one step-up dialog of the app; mount it inside SessionProvider. */
export function StepUpProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  // Several actions may need step-up at once: they share one dialog and one proof.
  const shared = useRef<Promise<void> | null>(null);

  const askOnce = useCallback((): Promise<void> => {
    if (!shared.current) {
      shared.current = new Promise<void>((resolve, reject) => setPending({ resolve, reject })).finally(() => {
        shared.current = null;
        setPending(null);
      });
    }
    return shared.current;
  }, []);

  const stepUp = useCallback(
    async <T,>(action: () => Promise<T>): Promise<T> => {
      try {
        return await action();
      } catch (error) {
        if (!isApiError(error) || error.code !== 'reauthentication-required') throw error;
      }
      await askOnce();
      return action();
    },
    [askOnce],
  );

  const value = useMemo(() => ({ stepUp }), [stepUp]);
  return (
    <StepUpContext.Provider value={value}>
      {children}
      {pending && <StepUpDialog onConfirmed={() => pending.resolve()} onCancel={() => pending.reject(new StepUpCancelled())} />}
    </StepUpContext.Provider>
  );
}

export function useStepUp(): StepUpValue {
  const value = useContext(StepUpContext);
  if (!value) throw new Error('useStepUp needs a StepUpProvider');
  return value;
}

type Proof = 'password' | 'code';

/** Asks for the password, or a code from the authenticator app (or a recovery code). */
export function StepUpDialog({ onConfirmed, onCancel }: { onConfirmed: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [proof, setProof] = useState<Proof>('password');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    if (!value.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      const body = proof === 'password' ? { password: value } : { code: value.replace(/\s+/g, '') };
      await api.post<void>('/api/v1/auth/reauthenticate', body);
      onConfirmed();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const switchTo = (next: Proof) => {
    setProof(next);
    setValue('');
    setError(null);
  };

  const describe = (err: unknown): string => {
    if (isApiError(err)) {
      if (err.status === 429) return t('mfa.errors.tooManyAttempts', { count: err.retryAfterSeconds ?? 60 });
      if (err.code === 'invalid-code') return t('mfa.errors.wrongCode');
      if (err.status === 401 && proof === 'password') return t('mfa.stepUp.wrongPassword');
    }
    return describeError(t, err);
  };

  return (
    <Modal
      title={t('mfa.stepUp.title')}
      onClose={onCancel}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy} disabled={!value.trim()}>
            {t('mfa.stepUp.confirm')}
          </Button>
        </>
      }
    >
      <p className="text-sm text-muted">{t('mfa.stepUp.explanation')}</p>
      {proof === 'password' ? (
        <TextField
          key="password"
          label={t('mfa.stepUp.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          data-autofocus
          autoFocus
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      ) : (
        <TextField
          key="code"
          label={t('mfa.stepUp.code')}
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          hint={t('mfa.stepUp.codeHint')}
          data-autofocus
          autoFocus
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      )}
      <ErrorAlert error={error} describe={describe} />
      <button
        type="button"
        onClick={() => switchTo(proof === 'password' ? 'code' : 'password')}
        className="self-start text-sm font-medium text-link underline-offset-2 hover:underline"
      >
        {proof === 'password' ? t('mfa.stepUp.useCode') : t('mfa.stepUp.usePassword')}
      </button>
    </Modal>
  );
}
