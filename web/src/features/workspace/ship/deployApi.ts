import { api } from '../../../shared/api/endpoints';

export type Platform = 'vercel' | 'netlify' | 'render';
export const PLATFORMS: Platform[] = ['vercel', 'netlify', 'render'];

export type DeploymentStatus = 'queued' | 'building' | 'uploading' | 'deploying' | 'ready' | 'failed';

export interface Deployment {
  id: string;
  projectId: string;
  version: number;
  platform: Platform;
  kind: 'deploy' | 'redeploy' | 'rollback';
  status: DeploymentStatus;
  siteName: string;
  url?: string | null;
  providerId?: string | null;
  repository?: string | null;
  error?: { code: string; message: string } | null;
  sourceId?: string | null;
  createdBy?: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt?: string | null;
}

export interface DeploymentAccepted {
  id: string;
  status: DeploymentStatus;
  version: number;
  eventsUrl: string;
}

export interface DeployBody {
  platform: Platform;
  token?: string;
  siteName?: string;
  repository?: string;
}

const enc = encodeURIComponent;
const project = (id: string) => `/api/v1/projects/${enc(id)}`;

/** The deployment endpoints (docs/API.md, "Deployments"). */
export const deployApi = {
  deploy: (projectId: string, version: number, body: DeployBody) =>
    api.post<DeploymentAccepted>(`${project(projectId)}/versions/${version}/deployments`, body),
  list: (projectId: string, signal?: AbortSignal) => api.get<Deployment[]>(`${project(projectId)}/deployments`, { signal }),
  redeploy: (projectId: string, deploymentId: string) =>
    api.post<DeploymentAccepted>(`${project(projectId)}/deployments/${enc(deploymentId)}/redeploy`),
  rollback: (projectId: string, deploymentId: string) =>
    api.post<DeploymentAccepted>(`${project(projectId)}/deployments/${enc(deploymentId)}/rollback`),
  fetch: (url: string, init: RequestInit) => api.fetch(url, init),
};

export const FINAL_STATUSES: DeploymentStatus[] = ['ready', 'failed'];
