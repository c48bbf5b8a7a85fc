import { api } from '../../shared/api/endpoints';

/** An organisation's connection as the API shows it: never the token, only its last characters. */
export interface Connection {
  kind: string;
  tokenHint: string;
  account: string | null;
  scopes: string[];
  createdBy: string | null;
  createdAt: string;
}

const base = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/connections`;

export const connectionsApi = {
  list: (orgId: string, signal?: AbortSignal) => api.get<Connection[]>(base(orgId), { signal }),
  connect: (orgId: string, kind: string, token: string) =>
    api.json<Connection>('PUT', `${base(orgId)}/${encodeURIComponent(kind)}`, { body: { token } }),
  revoke: (orgId: string, kind: string) => api.delete(`${base(orgId)}/${encodeURIComponent(kind)}`),
};
