import type { Role } from './roles';

/** An organisation as `GET /api/v1/orgs` lists it, with my role in it. */
export interface Organization {
  id: string;
  name: string;
  slug: string;
  personal: boolean;
  role: Role;
  plan: string;
  memberCount: number;
  createdAt: string;
  /** Whom the organisation requires two-factor authentication of (personal ones: always `none`). */
  mfaPolicy?: MfaPolicy;
  /** Suspended by the platform's administrators: listed, but nothing can be done in it. */
  suspended?: boolean;
}

export type MfaPolicy = 'none' | 'admins' | 'everyone';

export interface OrganizationList {
  items: Organization[];
}
