import { ApiClient, readJson } from './client';
/** The app's single API client (tokens are per tab, in memory). */
export const api = new ApiClient();
const enc = encodeURIComponent;
const project = (id) => `/api/v1/projects/${enc(id)}`;
/** A file path in a URL: each segment encoded, the slashes kept. */
export function encodePath(path) {
    return path.split('/').map(enc).join('/');
}
let catalogPromise = null;
export const endpoints = {
    me: () => api.get('/api/v1/auth/me'),
    catalog() {
        if (!catalogPromise) {
            catalogPromise = fetch('/api/v1/catalog', { headers: { Accept: 'application/json' } })
                .then((r) => readJson(r))
                .catch((e) => {
                catalogPromise = null;
                throw e;
            });
        }
        return catalogPromise;
    },
    projects: (signal) => api.get('/api/v1/projects?page=0&size=200', { signal }),
    project: (id, signal) => api.get(project(id), { signal }),
    createProject: (name, description) => api.post('/api/v1/projects', description ? { name, description } : { name }),
    updateProject: (id, changes) => api.patch(project(id), changes),
    deleteProject: (id) => api.delete(project(id)),
    generations: (projectId, signal) => api.get(`${project(projectId)}/generations?limit=100`, { signal }),
    generation: (id) => api.get(`/api/v1/generations/${enc(id)}`),
    generate: (projectId, request) => api.post(`${project(projectId)}/generate`, request),
    cancel: (generationId) => api.post(`/api/v1/generations/${enc(generationId)}/cancel`),
    versions: (projectId, signal) => api.get(`${project(projectId)}/versions`, { signal }),
    files: (projectId, version, signal) => api.get(`${project(projectId)}/versions/${version}/files`, { signal }),
    file: (projectId, version, path, signal) => api.get(`${project(projectId)}/versions/${version}/files/${encodePath(path)}`, { signal }),
    restore: (projectId, version) => api.post(`${project(projectId)}/versions/${version}/restore`),
    preview: (projectId, version, signal) => api.post(`${project(projectId)}/versions/${version}/preview`, undefined, { signal }),
    archiveUrl: (projectId, version) => `${project(projectId)}/versions/${version}/archive.zip`,
};
