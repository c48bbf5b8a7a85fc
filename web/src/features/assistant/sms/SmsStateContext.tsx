import { createContext, useContext, type ReactNode } from 'react';
import { isApiError } from '../../../shared/api/problem';
import { useLoader } from '../../../shared/api/useLoader';
import { smsApi, type SmsState } from './smsApi';

export interface SmsContextValue {
  /** Null while loading, or when it could not be loaded. */
  state: SmsState | null;
  setState: (state: SmsState) => void;
  error: unknown;
  /** The server has no SMS API (404): the pages say so instead of offering anything. */
  unavailable: boolean;
  reload: () => void;
}

const SmsContext = createContext<SmsContextValue | null>(null);

/**
 * One copy of the SMS state for a page: the settings' SMS section and the `sms` channel choice
 * read it together, so a phone verified below enables the choice above at once.
 */
export function SmsStateProvider({ children }: { children: ReactNode }) {
  const { data, setData, error, reload } = useLoader(smsApi.state);
  const unavailable = isApiError(error) && error.status === 404;
  return (
    <SmsContext.Provider value={{ state: data, setState: setData, error, unavailable, reload }}>{children}</SmsContext.Provider>
  );
}

/** The page's SMS state; null outside an `SmsStateProvider`. */
export function useSmsContext(): SmsContextValue | null {
  return useContext(SmsContext);
}

/** The page's SMS state, for components that are only ever shown inside an `SmsStateProvider`. */
export function useSms(): SmsContextValue {
  const value = useContext(SmsContext);
  if (!value) throw new Error('useSms needs an SmsStateProvider');
  return value;
}
