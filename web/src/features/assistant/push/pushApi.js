import { api } from '../../../shared/api/endpoints';
/** Web push on the server (docs/API.md, "Assistant web push"): the key, this user's browsers, a test. */
const BASE = '/api/v1/assistant/push';
export const pushApi = {
    publicKey: () => api.get(`${BASE}/public-key`).then((a) => a.publicKey),
    subscribe: (subscription) => api.post(`${BASE}/subscriptions`, subscription),
    remove: (id) => api.delete(`${BASE}/subscriptions/${encodeURIComponent(id)}`),
    test: () => api.post(`${BASE}/test`),
};
