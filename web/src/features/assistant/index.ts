export { AssistantPage } from './AssistantPage';
export { MemoryPage as AssistantMemoryPage } from './MemoryPage';
export { AssistantSettingsPage } from './SettingsPage';
export { AppNudges } from './AppNudges';
