import { ApiClient, readJson } from './client';
import type {
  Catalog,
  FileContent,
  GenerateRequest,
  Generation,
  GenerationAccepted,
  Preview,
  Project,
  ProjectPage,
  User,
  Version,
  VersionFiles,
} from './types';

/** The app's single API client (tokens are per tab, in memory). */
export const api = new ApiClient();

const enc = encodeURIComponent;
const project = (id: string) => `/api/v1/projects/${enc(id)}`;

/** A file path in a URL: each segment encoded, the slashes kept. */
export function encodePath(path: string): string {
  return path.split('/').map(enc).join('/');
}

let catalogPromise: Promise<Catalog> | null = null;

export const endpoints = {
  me: () => api.get<User>('/api/v1/auth/me'),

  catalog(): Promise<Catalog> {
    if (!catalogPromise) {
      catalogPromise = fetch('/api/v1/catalog', { headers: { Accept: 'application/json' } })
        .then((r) => readJson<Catalog>(r))
        .catch((e) => {
          catalogPromise = null;
          throw e;
        });
    }
    return catalogPromise;
  },

  projects: (signal?: AbortSignal) => api.get<ProjectPage>('/api/v1/projects?page=0&size=200', { signal }),
  project: (id: string, signal?: AbortSignal) => api.get<Project>(project(id), { signal }),
  createProject: (name: string, description: string) =>
    api.post<Project>('/api/v1/projects', description ? { name, description } : { name }),
  updateProject: (id: string, changes: { name?: string; description?: string }) => api.patch<Project>(project(id), changes),
  deleteProject: (id: string) => api.delete(project(id)),

  generations: (projectId: string, signal?: AbortSignal) =>
    api.get<Generation[]>(`${project(projectId)}/generations?limit=100`, { signal }),
  generation: (id: string) => api.get<Generation>(`/api/v1/generations/${enc(id)}`),
  generate: (projectId: string, request: GenerateRequest) =>
    api.post<GenerationAccepted>(`${project(projectId)}/generate`, request),
  cancel: (generationId: string) => api.post<Generation>(`/api/v1/generations/${enc(generationId)}/cancel`),

  versions: (projectId: string, signal?: AbortSignal) => api.get<Version[]>(`${project(projectId)}/versions`, { signal }),
  files: (projectId: string, version: number, signal?: AbortSignal) =>
    api.get<VersionFiles>(`${project(projectId)}/versions/${version}/files`, { signal }),
  file: (projectId: string, version: number, path: string, signal?: AbortSignal) =>
    api.get<FileContent>(`${project(projectId)}/versions/${version}/files/${encodePath(path)}`, { signal }),
  restore: (projectId: string, version: number) => api.post<Version>(`${project(projectId)}/versions/${version}/restore`),
  preview: (projectId: string, version: number, signal?: AbortSignal) =>
    api.post<Preview>(`${project(projectId)}/versions/${version}/preview`, undefined, { signal }),
  archiveUrl: (projectId: string, version: number) => `${project(projectId)}/versions/${version}/archive.zip`,
};
