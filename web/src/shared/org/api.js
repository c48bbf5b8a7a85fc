import { api } from '../api/endpoints';
/** My organisations, and making a new one; the rest of the organisation API lives in its feature. */
export const organizationsApi = {
    list: (signal) => api.get('/api/v1/orgs', { signal }),
    create: (name, slug) => api.post('/api/v1/orgs', slug ? { name, slug } : { name }),
};
