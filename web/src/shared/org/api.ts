import { api } from '../api/endpoints';
import type { Organization, OrganizationList } from './types';

/** My organisations, and making a new one; the rest of the organisation API lives in its feature. */
export const organizationsApi = {
  list: (signal?: AbortSignal) => api.get<OrganizationList>('/api/v1/orgs', { signal }),
  create: (name: string, slug: string) => api.post<Organization>('/api/v1/orgs', slug ? { name, slug } : { name }),
};
