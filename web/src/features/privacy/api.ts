import { api } from '../../shared/api/endpoints';

/** An export of my data (docs/ORGANIZATIONS.md): queued, then running with progress, then ready to download. */
export interface DataExport {
  id: string;
  status: 'queued' | 'running' | 'ready' | 'failed' | 'expired';
  /** From 0 to 1. */
  progress: number;
  createdAt: string;
  downloadUrl?: string | null;
  expiresAt?: string | null;
}

export const FINISHED: readonly DataExport['status'][] = ['ready', 'failed', 'expired'];

export const privacyApi = {
  startExport: () => api.post<DataExport>('/api/v1/me/export'),
  export: (id: string, signal?: AbortSignal) => api.get<DataExport>(`/api/v1/me/export/${encodeURIComponent(id)}`, { signal }),
  deleteAccount: (confirmEmail: string) => api.json<void>('DELETE', '/api/v1/me', { body: { confirmEmail } }),
};
