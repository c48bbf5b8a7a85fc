import { api } from '../../../shared/api/endpoints';
/** The Assistant's text messages (docs/API.md, "Assistant SMS"): the person's phone, their number, the history. */
const BASE = '/api/v1/assistant/sms';
export const smsApi = {
    state: (signal) => api.get(BASE, { signal }),
    /** `country` (ISO 3166 alpha-2) is how a national number such as "06 12 34 56 78" is read. */
    addPhone: (number, country) => api.post(`${BASE}/phone`, { number, country }),
    verify: (code) => api.post(`${BASE}/phone/verify`, { code }),
    removePhone: () => api.delete(`${BASE}/phone`),
    getNumber: () => api.post(`${BASE}/number`),
    releaseNumber: () => api.delete(`${BASE}/number`),
    /** Oldest first. */
    messages: (signal) => api.get(`${BASE}/messages?limit=100`, { signal }).then((answer) => answer.messages),
    /** Simulator mode only: as if the person had texted this from their phone. */
    simulateInbound: (body) => api.post(`${BASE}/simulator/inbound`, { body }),
};
