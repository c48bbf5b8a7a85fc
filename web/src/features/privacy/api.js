import { api } from '../../shared/api/endpoints';
export const FINISHED = ['ready', 'failed', 'expired'];
export const privacyApi = {
    startExport: () => api.post('/api/v1/me/export'),
    export: (id, signal) => api.get(`/api/v1/me/export/${encodeURIComponent(id)}`, { signal }),
    deleteAccount: (confirmEmail) => api.json('DELETE', '/api/v1/me', { body: { confirmEmail } }),
};
