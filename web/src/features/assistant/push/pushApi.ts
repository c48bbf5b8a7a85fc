import { api } from '../../../shared/api/endpoints';

/** Web push on the server (docs/API.md, "Assistant web push"): the key, this user's browsers, a test. */

const BASE = '/api/v1/assistant/push';

export interface PushDevice {
  id: string;
  host: string;
  userAgent: string | null;
  createdAt: string;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
}

export interface TestResult {
  sent: number;
  failed: number;
  gone: number;
}

export const pushApi = {
  publicKey: () => api.get<{ publicKey: string }>(`${BASE}/public-key`).then((a) => a.publicKey),
  subscribe: (subscription: PushSubscriptionJSON) => api.post<PushDevice>(`${BASE}/subscriptions`, subscription),
  remove: (id: string) => api.delete(`${BASE}/subscriptions/${encodeURIComponent(id)}`),
  test: () => api.post<TestResult>(`${BASE}/test`),
};
