import { jsx as _jsx } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
/**
 * What Stripe Checkout comes back with (`?checkout=success` or `?checkout=cancelled`): the buyer
 * learns at once whether they paid, even before the webhook has credited anything.
 */
export function CheckoutReturnNotice() {
    const { t } = useTranslation();
    const [params] = useSearchParams();
    const outcome = params.get('checkout');
    if (outcome !== 'success' && outcome !== 'cancelled')
        return null;
    return (_jsx("p", { role: "status", className: "rounded-md border border-border bg-surface px-4 py-3 text-sm text-fg", children: outcome === 'success' ? t('billing.checkout.success') : t('billing.checkout.cancelled') }));
}
