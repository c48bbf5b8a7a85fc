export { YourDataSection } from './YourDataSection';
