import { api } from '../../../shared/api/endpoints';

/** JSON shapes of pushes and connections (docs/API.md, "Pushes" and "Connections"). */

export type PushStatus = 'queued' | 'running' | 'pushed' | 'failed';

export interface PushView {
  id: string;
  version: number;
  remoteUrl: string | null;
  githubRepository: string | null;
  branch: string | null;
  pullRequest: boolean;
  status: PushStatus;
  pushedBranch: string | null;
  commitSha: string | null;
  pullRequestUrl: string | null;
  errorCode: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface PushAccepted {
  id: string;
  jobId: string;
  status: PushStatus;
  eventsUrl: string;
}

export interface PushRequest {
  remoteUrl?: string;
  githubRepository?: string;
  branch?: string;
  token?: string;
  createRepository?: { name: string; private: boolean; owner?: string };
  pullRequest?: boolean;
}

export interface ConnectionView {
  kind: string;
  tokenHint: string;
  account: string | null;
}

export interface RepositoryView {
  fullName: string;
  isPrivate: boolean;
  defaultBranch: string;
  htmlUrl: string;
}

const enc = encodeURIComponent;

export const shipApi = {
  pushes: (projectId: string, signal?: AbortSignal) =>
    api.get<PushView[]>(`/api/v1/projects/${enc(projectId)}/pushes`, { signal }),
  push: (projectId: string, version: number, request: PushRequest) =>
    api.post<PushAccepted>(`/api/v1/projects/${enc(projectId)}/versions/${version}/push`, request),
  connections: (orgId: string, signal?: AbortSignal) =>
    api.get<ConnectionView[]>(`/api/v1/orgs/${enc(orgId)}/connections`, { signal }),
  repositories: (orgId: string, signal?: AbortSignal) =>
    api.get<RepositoryView[]>(`/api/v1/orgs/${enc(orgId)}/connections/github/repositories`, { signal }),
  fetch: (url: string, init: RequestInit) => api.fetch(url, init),
};
