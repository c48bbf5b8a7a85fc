import { jsx as _jsx } from "react/jsx-runtime";
import { createContext, useContext } from 'react';
import { isApiError } from '../../../shared/api/problem';
import { useLoader } from '../../../shared/api/useLoader';
import { smsApi } from './smsApi';
const SmsContext = createContext(null);
/**
 * One copy of the SMS state for a page: the settings' SMS section and the `sms` channel choice
 * read it together, so a phone verified below enables the choice above at once.
 */
export function SmsStateProvider({ children }) {
    const { data, setData, error, reload } = useLoader(smsApi.state);
    const unavailable = isApiError(error) && error.status === 404;
    return (_jsx(SmsContext.Provider, { value: { state: data, setState: setData, error, unavailable, reload }, children: children }));
}
/** The page's SMS state; null outside an `SmsStateProvider`. */
export function useSmsContext() {
    return useContext(SmsContext);
}
/** The page's SMS state, for components that are only ever shown inside an `SmsStateProvider`. */
export function useSms() {
    const value = useContext(SmsContext);
    if (!value)
        throw new Error('useSms needs an SmsStateProvider');
    return value;
}
