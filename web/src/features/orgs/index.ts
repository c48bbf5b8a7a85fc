export { AuditPage } from './AuditPage';
export { OrganizationPage } from './OrganizationPage';
