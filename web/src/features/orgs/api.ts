import { api } from '../../shared/api/endpoints';
import type { Role } from '../../shared/org/roles';
import type { MfaPolicy, Organization } from '../../shared/org/types';

/** JSON shapes of the organisation endpoints (docs/ORGANIZATIONS.md, "Endpoints"). */

export interface Member {
  userId: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  invitedBy: string;
  expiresAt: string;
  createdAt: string;
  /** Only in the answer to creating it. */
  acceptUrl?: string;
  emailSent?: boolean;
}

/**
 * What an invitation is for, as `GET /api/v1/invitations/{token}` tells its invitee. The contract
 * names the organisation without fixing the field, so the usual spellings are all read.
 */
export interface InvitationPreview {
  email?: string;
  role: Role;
  invitedBy?: string;
  expiresAt?: string;
  organization?: { id?: string; name?: string; slug?: string };
  organizationName?: string;
  orgName?: string;
}

export function invitedOrganizationName(preview: InvitationPreview): string {
  return preview.organization?.name ?? preview.organizationName ?? preview.orgName ?? '';
}

export interface AuditEntry {
  id: number;
  occurredAt: string;
  actor: { userId: string | null; email: string | null } | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown> | null;
  clientAddress: string | null;
  requestId: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  page: number;
  size: number;
  totalItems: number;
}

export interface AuditQuery {
  actor?: string;
  action?: string;
  /** ISO instants. */
  from?: string;
  to?: string;
  page: number;
  size: number;
}

const enc = encodeURIComponent;
const org = (key: string) => `/api/v1/orgs/${enc(key)}`;

/** The query string of an audit request: empty filters are left out. */
export function auditSearch(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const key of ['actor', 'action', 'from', 'to'] as const) {
    const value = query[key]?.trim();
    if (value) params.set(key, value);
  }
  params.set('page', String(query.page));
  params.set('size', String(query.size));
  return params.toString();
}

export const orgApi = {
  get: (key: string, signal?: AbortSignal) => api.get<Organization>(org(key), { signal }),
  update: (key: string, changes: { name?: string; slug?: string }) => api.patch<Organization>(org(key), changes),
  remove: (key: string) => api.delete(org(key)),
  setMfaPolicy: (key: string, policy: MfaPolicy) =>
    api.json<{ policy: MfaPolicy }>('PUT', `${org(key)}/mfa-policy`, { body: { policy } }).then((r) => r.policy),

  members: (key: string, signal?: AbortSignal) => api.get<{ items: Member[] }>(`${org(key)}/members`, { signal }),
  changeRole: (key: string, userId: string, role: Role) => api.patch<Member>(`${org(key)}/members/${enc(userId)}`, { role }),
  removeMember: (key: string, userId: string) => api.delete(`${org(key)}/members/${enc(userId)}`),

  invitations: (key: string, signal?: AbortSignal) => api.get<{ items: Invitation[] }>(`${org(key)}/invitations`, { signal }),
  invite: (key: string, email: string, role: Role) => api.post<Invitation>(`${org(key)}/invitations`, { email, role }),
  withdraw: (key: string, id: string) => api.delete(`${org(key)}/invitations/${enc(id)}`),

  invitation: (token: string, signal?: AbortSignal) =>
    api.get<InvitationPreview>(`/api/v1/invitations/${enc(token)}`, { signal }),
  accept: (token: string) => api.post<Organization>(`/api/v1/invitations/${enc(token)}/accept`),

  audit: (key: string, query: AuditQuery, signal?: AbortSignal) =>
    api.get<AuditPage>(`${org(key)}/audit?${auditSearch(query)}`, { signal }),
};
