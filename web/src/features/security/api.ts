import { api } from '../../shared/api/endpoints';

/** One signed-in device (docs/SIGN_IN.md, "Sessions"). */
export interface SessionItem {
  id: string;
  /** `password`, or the provider it was opened with. */
  method: string;
  userAgent?: string | null;
  clientAddress?: string | null;
  createdAt: string;
  lastUsedAt: string;
  secondFactor: boolean;
  /** The session of this browser. */
  current: boolean;
}

export const securityApi = {
  sessions: (signal?: AbortSignal) =>
    api.get<{ sessions: SessionItem[] }>('/api/v1/me/sessions', { signal }).then((answer) => answer.sessions),
  signOutSession: (id: string) => api.delete(`/api/v1/me/sessions/${encodeURIComponent(id)}`),
  signOutOthers: () => api.json<{ revoked: number }>('DELETE', '/api/v1/me/sessions'),
  /** Sends a confirmation link to the new address; the account moves once it is opened. */
  changeEmail: (email: string) => api.json<{ pendingEmail: string }>('PUT', '/api/v1/me/email', { body: { email } }),
  resendVerification: () => api.post<void>('/api/v1/me/email-verification'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.json<{ otherSessionsEnded: number }>('PUT', '/api/v1/me/password', {
      body: { currentPassword: currentPassword || undefined, newPassword },
    }),
};
