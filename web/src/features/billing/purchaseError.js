import { describeError } from '../../shared/api/messages';
import { isApiError } from '../../shared/api/problem';
/**
 * What a failed purchase means to a person. A fresh install has no Stripe key and answers
 * `503 payments-not-configured`: that is a setup fact, not a failure, so it reads as one.
 */
export function purchaseErrorMessage(t, error) {
    if (isApiError(error)) {
        if (error.code === 'payments-not-configured')
            return t('billing.purchase.notConfigured');
        if (error.status === 429)
            return t('billing.purchase.rateLimited');
        if (error.status === 409 && error.detail)
            return error.detail;
    }
    return describeError(t, error);
}
export function isNotConfigured(error) {
    return isApiError(error) && error.code === 'payments-not-configured';
}
