export { PushSection } from './PushSection';
