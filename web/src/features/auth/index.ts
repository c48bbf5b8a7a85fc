export { RegisterPage } from './RegisterPage';
export { SignInPage } from './SignInPage';
