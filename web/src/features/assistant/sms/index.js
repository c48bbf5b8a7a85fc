export { SmsPage } from './SmsPage';
export { SmsSection } from './SmsSection';
export { SmsChannelChoice, useSmsChannel } from './SmsChannelChoice';
export { SmsStateProvider } from './SmsStateContext';
