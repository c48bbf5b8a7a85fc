export { default } from './AdminConsole';
