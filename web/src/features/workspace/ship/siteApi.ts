import { api } from '../../../shared/api/endpoints';
import { isApiError } from '../../../shared/api/problem';

/** A project's published version on this instance (docs/HOSTING.md). */
export interface Site {
  url: string;
  slug: string;
  version: number;
  status: 'ready' | 'building';
  publishedAt: string;
}

const sitePath = (projectId: string) => `/api/v1/projects/${encodeURIComponent(projectId)}/site`;

export const siteApi = {
  /** The project's site, or null when it is not published. */
  async get(projectId: string, signal?: AbortSignal): Promise<Site | null> {
    try {
      return await api.get<Site>(sitePath(projectId), { signal });
    } catch (e) {
      if (isApiError(e) && e.status === 404) return null;
      throw e;
    }
  },
  publish: (projectId: string, version: number, slug?: string) =>
    api.post<Site>(`/api/v1/projects/${encodeURIComponent(projectId)}/versions/${version}/publish`, slug ? { slug } : undefined),
  unpublish: (projectId: string) => api.delete(sitePath(projectId)),
};
