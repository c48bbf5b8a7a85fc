import { api } from '../../shared/api/endpoints';

/** JSON shapes of the admin console's endpoints (docs/API.md, "Admin console"). */

export interface DayUsage {
  day: string;
  calls: number;
  costUsd: number;
  chargedUsd: number;
}

export interface OrganizationUsage {
  orgId: string;
  name: string;
  calls: number;
  costUsd: number;
  chargedUsd: number;
  marginUsd: number;
}

export interface UsageOverview {
  from: string;
  to: string;
  totals: { calls: number; costUsd: number; chargedUsd: number; marginUsd: number };
  organizations: OrganizationUsage[];
  days: DayUsage[];
  models: { model: string; calls: number; failedCalls: number; costUsd: number }[];
  rolledUpTo: string;
}

export interface GenerationPatterns {
  generations: number;
  /** Fractions between 0 and 1. */
  successRate: number;
  cacheHitRate: number;
  averageCostUsd: number;
  averageDurationMs: number;
  frameworks: { framework: string; appType: string; generations: number; succeeded: number }[];
  failures: { code: string; generations: number }[];
  days: { day: string; succeeded: number; failed: number; cancelled: number }[];
}

export interface FeatureUsage {
  activeUsers: number;
  features: { feature: string; uses: number; activeUsers: number }[];
  days: { day: string; uses: Record<string, number>; activeUsers: number }[];
}

export interface PlatformHealth {
  database: string;
  databaseLatencyMs: number;
  redis: string;
  queueDepth: number;
  nodes: { name: string; startedAt: string; lastSeenAt: string; alive: boolean; current: boolean }[];
  providers: { deployment: string; provider: string; model: string; state: string }[];
  rollups: { source: string; rolledUpTo: string }[];
}

export interface AdminOrganization {
  id: string;
  name: string;
  slug: string;
  personal: boolean;
  memberCount: number;
  createdAt: string;
  suspended: boolean;
  suspensionReason: string | null;
  plan: string;
  availableCredits: number;
  costUsd30Days: number;
}

export interface OrganizationDetail {
  organization: AdminOrganization;
  days: DayUsage[];
  plans: { id: string; name: string }[];
}

const base = '/api/v1/admin';

export const adminApi = {
  overview: (days: number, signal?: AbortSignal) => api.get<UsageOverview>(`${base}/overview?days=${days}`, { signal }),
  generations: (days: number, signal?: AbortSignal) =>
    api.get<GenerationPatterns>(`${base}/generations?days=${days}`, { signal }),
  features: (days: number, signal?: AbortSignal) => api.get<FeatureUsage>(`${base}/features?days=${days}`, { signal }),
  health: (signal?: AbortSignal) => api.get<PlatformHealth>(`${base}/health`, { signal }),
  organizations: (query: string, page: number, signal?: AbortSignal) =>
    api.get<{ items: AdminOrganization[]; page: number; size: number }>(
      `${base}/organizations?q=${encodeURIComponent(query)}&page=${page}`,
      { signal },
    ),
  organization: (id: string, signal?: AbortSignal) =>
    api.get<OrganizationDetail>(`${base}/organizations/${encodeURIComponent(id)}`, { signal }),
  changePlan: (id: string, plan: string) =>
    api.post<AdminOrganization>(`${base}/organizations/${encodeURIComponent(id)}/plan`, { plan }),
  adjustCredits: (id: string, credits: string, reason: string) =>
    api.post<AdminOrganization>(`${base}/organizations/${encodeURIComponent(id)}/credits`, { credits, reason }),
  suspend: (id: string, reason: string) =>
    api.post<AdminOrganization>(`${base}/organizations/${encodeURIComponent(id)}/suspension`, { reason }),
  unsuspend: (id: string) => api.json<AdminOrganization>('DELETE', `${base}/organizations/${encodeURIComponent(id)}/suspension`),
};
