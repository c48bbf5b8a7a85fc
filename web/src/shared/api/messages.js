import { isApiError } from './problem';
/**
 * What to tell a person about an error: a translation of the problem code when we have one,
 * else the server's `detail`; never a stack trace or `[object Object]`.
 */
export function describeError(t, error) {
    if (isApiError(error)) {
        if (error.code === 'network')
            return t('errors.network');
        const key = `problems.${error.code}`;
        const translated = t(key, { defaultValue: '' });
        if (translated)
            return translated;
        if (error.detail)
            return error.detail;
        return t('errors.status', { status: error.status });
    }
    return t('errors.unexpected');
}
/** A field error next to its field: translated by code, with the numbers the server gave. */
export function describeFieldError(t, error) {
    const numbers = error.message.match(/\d[\d,.]*/g) ?? [];
    const translated = t(`fieldErrors.${error.code}`, {
        defaultValue: '',
        a: numbers[0] ?? '',
        b: numbers[1] ?? '',
    });
    return translated || error.message || t('errors.invalidField');
}
/** The error for one field, if the failed request reported one. */
export function fieldMessage(t, error, field) {
    if (!isApiError(error))
        return undefined;
    const found = error.fieldError(field);
    return found ? describeFieldError(t, found) : undefined;
}
