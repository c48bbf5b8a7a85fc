import { api } from '../../shared/api/endpoints';
export const securityApi = {
    sessions: (signal) => api.get('/api/v1/me/sessions', { signal }).then((answer) => answer.sessions),
    signOutSession: (id) => api.delete(`/api/v1/me/sessions/${encodeURIComponent(id)}`),
    signOutOthers: () => api.json('DELETE', '/api/v1/me/sessions'),
    /** Sends a confirmation link to the new address; the account moves once it is opened. */
    changeEmail: (email) => api.json('PUT', '/api/v1/me/email', { body: { email } }),
    resendVerification: () => api.post('/api/v1/me/email-verification'),
    changePassword: (currentPassword, newPassword) => api.json('PUT', '/api/v1/me/password', {
        body: { currentPassword: currentPassword || undefined, newPassword },
    }),
};
