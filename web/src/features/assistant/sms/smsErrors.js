import { describeError } from '../../../shared/api/messages';
import { isApiError } from '../../../shared/api/problem';
/**
 * What to tell the person when an SMS request fails: each problem code of the SMS API in their
 * language, with the wait (Retry-After) or the attempts left when the server gave them.
 */
export function smsErrorText(t, error) {
    if (!isApiError(error))
        return describeError(t, error);
    if (error.code === 'too-many-codes' && error.retryAfterSeconds) {
        return t('assistant.sms.errors.tooManyCodesWait', { count: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
    }
    if (error.code === 'wrong-code') {
        // The server says how many tries are left only in its detail ("Wrong code: 2 attempts left").
        const left = /\d+/.exec(error.detail)?.[0];
        if (left !== undefined)
            return t('assistant.sms.errors.wrongCodeLeft', { count: Number(left) });
    }
    return t(`assistant.sms.errors.${error.code}`, { defaultValue: '' }) || describeError(t, error);
}
/** An invalid number is told next to the number field, whether the server said so by code or by field. */
export function isNumberError(error) {
    return isApiError(error) && (error.code === 'invalid-number' || error.fieldError('number') !== undefined);
}
