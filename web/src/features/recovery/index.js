export { ConfirmEmailChangePage } from './ConfirmEmailChangePage';
export { ResetPasswordPage } from './ResetPasswordPage';
export { VerifyEmailPage } from './VerifyEmailPage';
