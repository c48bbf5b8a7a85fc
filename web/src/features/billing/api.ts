import { api } from '../../shared/api/endpoints';

/** JSON shapes of the billing and cache endpoints (docs/API.md, "Billing and cache"). */

export interface Plan {
  id: string;
  name: string;
  /** Null means unlimited. */
  generationsPerMinute: number | null;
  /** Null means unlimited. */
  apiRequestsPerDay: number | null;
  monthlyCredits: number;
  queuesExcess: boolean;
}

export interface Balance {
  plan: Plan;
  availableCredits: number;
  reservedCredits: number;
  availableUsd: number;
}

export interface LedgerEntry {
  id: string;
  kind: string;
  credits: number;
  reservedCredits: number;
  reference: string | null;
  description: string;
  createdAt: string;
}

export interface LedgerPage {
  items: LedgerEntry[];
  nextBefore: string | null;
}

export interface UsageRow {
  day: string;
  provider: string;
  model: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  estimatedCalls: number;
  costUsd: number;
  credits: number;
}

export type CacheLayer = 'l1' | 'l2' | 'l3' | 'similar';

export interface CacheStats {
  hits: number;
  misses: number;
  /** A fraction between 0 and 1. */
  hit_rate: number;
  by_layer: Partial<Record<CacheLayer, number>>;
  entries: number;
}

export interface CacheSettings {
  similar_prompts: boolean;
  similarity_threshold: number | null;
  effective_threshold?: number;
}

export interface Checkout {
  checkout_url: string;
  session_id: string;
  expires_at: string;
}

export const PACKS = ['credits-10', 'credits-25', 'credits-100'] as const;
export type Pack = (typeof PACKS)[number];

/** Plans that can be bought; `free` is where accounts start and is not for sale. */
export const PAID_PLANS = ['starter', 'pro', 'enterprise'] as const;

export type Purchase = { pack: Pack } | { plan: string };

export const billingApi = {
  balance: (signal?: AbortSignal) => api.get<Balance>('/api/v1/billing/balance', { signal }),
  plans: (signal?: AbortSignal) => api.get<Plan[]>('/api/v1/billing/plans', { signal }),
  usage: (signal?: AbortSignal) => api.get<UsageRow[]>('/api/v1/billing/usage', { signal }),
  ledger: (before: string | null, signal?: AbortSignal) =>
    api.get<LedgerPage>(`/api/v1/billing/ledger?limit=20${before ? `&before=${encodeURIComponent(before)}` : ''}`, { signal }),
  purchase: (purchase: Purchase) => api.post<Checkout>('/api/v1/credits/purchase', purchase),
  cacheStats: (signal?: AbortSignal) => api.get<CacheStats>('/api/v1/cache/stats?days=30', { signal }),
  cacheSettings: (signal?: AbortSignal) => api.get<CacheSettings>('/api/v1/cache/settings', { signal }),
  updateCacheSettings: (settings: { similar_prompts: boolean; similarity_threshold: number | null }) =>
    api.json<CacheSettings>('PUT', '/api/v1/cache/settings', { body: settings }),
  clearCache: () => api.json<{ entries_deleted: number }>('DELETE', '/api/v1/cache'),
};

/** Sends the browser to Stripe Checkout; a seam so tests can watch it. */
export const browser = {
  go(url: string): void {
    window.location.assign(url);
  },
};
