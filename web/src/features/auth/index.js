export { RegisterPage } from './RegisterPage';
export { SignInPage } from './SignInPage';
export { SignInCompletePage } from './SignInCompletePage';
