export { AuditPage } from './AuditPage';
export { InvitationPage } from './InvitationPage';
export { OrganizationPage } from './OrganizationPage';
