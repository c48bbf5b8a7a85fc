// Moved to shared/ui so that the recovery pages use the same frame.
export { AuthLayout } from '../../shared/ui/AuthLayout';
