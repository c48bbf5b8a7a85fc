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
    return (
      <AuthLayout title={t('recovery.reset.title')} subtitle={t('recovery.reset.subtitle')}>
        <NewPasswordForm token={token} />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t('recovery.request.title')} subtitle={t('recovery.request.subtitle')}>
      <RequestResetForm />
    </AuthLayout>
  );
}
