import { jsx as _jsx } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AuthLayout } from '../../shared/ui/AuthLayout';
import { NewPasswordForm } from './NewPasswordForm';
import { RequestResetForm } from './RequestResetForm';
/** `/reset-password`: ask for a link; `/reset-password?token=…` (the emailed link): choose the new password. */
export function ResetPasswordPage() {
    const { t } = useTranslation();
    const [params] = useSearchParams();
    const token = params.get('token');
    if (token) {
        return (_jsx(AuthLayout, { title: t('recovery.reset.title'), subtitle: t('recovery.reset.subtitle'), children: _jsx(NewPasswordForm, { token: token }) }));
    }
    return (_jsx(AuthLayout, { title: t('recovery.request.title'), subtitle: t('recovery.request.subtitle'), children: _jsx(RequestResetForm, {}) }));
}
