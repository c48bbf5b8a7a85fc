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
  authorizeGitHub: (orgId: string) => api.post<{ url: string }>(`${base(orgId)}/github/authorize`),
  /**
   * Whether "Connect with GitHub" is offered: it uses the installation's GitHub OAuth app, the one
   * sign-in with GitHub uses, so it is available exactly when GitHub is among the sign-in providers.
   */
  gitHubOAuthAvailable: (signal?: AbortSignal) =>
    api.get<{ id: string }[]>('/api/v1/auth/providers', { signal }).then((providers) => providers.some((p) => p.id === 'github')),
};
