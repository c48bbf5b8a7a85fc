import { api } from '../../../shared/api/endpoints';
import { isApiError } from '../../../shared/api/problem';
const sitePath = (projectId) => `/api/v1/projects/${encodeURIComponent(projectId)}/site`;
export const siteApi = {
    /** The project's site, or null when it is not published. */
    async get(projectId, signal) {
        try {
            return await api.get(sitePath(projectId), { signal });
        }
        catch (e) {
            if (isApiError(e) && e.status === 404)
                return null;
            throw e;
        }
    },
    publish: (projectId, version, slug) => api.post(`/api/v1/projects/${encodeURIComponent(projectId)}/versions/${version}/publish`, slug ? { slug } : undefined),
    unpublish: (projectId) => api.delete(sitePath(projectId)),
};
