import { api } from '../../shared/api/endpoints';
export const PACKS = ['credits-10', 'credits-25', 'credits-100'];
/** Plans that can be bought; `free` is where accounts start and is not for sale. */
export const PAID_PLANS = ['starter', 'pro', 'enterprise'];
export const billingApi = {
    balance: (signal) => api.get('/api/v1/billing/balance', { signal }),
    plans: (signal) => api.get('/api/v1/billing/plans', { signal }),
    usage: (signal) => api.get('/api/v1/billing/usage', { signal }),
    ledger: (before, signal) => api.get(`/api/v1/billing/ledger?limit=20${before ? `&before=${encodeURIComponent(before)}` : ''}`, { signal }),
    purchase: (purchase) => api.post('/api/v1/credits/purchase', purchase),
    cacheStats: (signal) => api.get('/api/v1/cache/stats?days=30', { signal }),
    cacheSettings: (signal) => api.get('/api/v1/cache/settings', { signal }),
    updateCacheSettings: (settings) => api.json('PUT', '/api/v1/cache/settings', { body: settings }),
    clearCache: () => api.json('DELETE', '/api/v1/cache'),
};
/** Sends the browser to Stripe Checkout; a seam so tests can watch it. */
export const browser = {
    go(url) {
        window.location.assign(url);
    },
};
