export { AssistantPage } from './AssistantPage';
export { MemoryPage as AssistantMemoryPage } from './MemoryPage';
export { AssistantSettingsPage } from './SettingsPage';
export { SmsPage as AssistantSmsPage } from './sms';
export { AppNudges } from './AppNudges';
