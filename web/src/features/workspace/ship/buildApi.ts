import { api } from '../../../shared/api/endpoints';

/** JSON shapes of a version's build check (docs/API.md, "Builds"). */

export type BuildStatus = 'not-checked' | 'queued' | 'running' | 'passed' | 'failed' | 'skipped';

/** How many automatic fix rounds Vectort runs after a failed build, at most. */
export const MAX_FIX_ROUNDS = 2;

export interface BuildView {
  version: number;
  status: BuildStatus;
  /** What was run, e.g. `npm run build`; empty when nothing was. */
  command: string;
  durationMs: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** Why it was skipped or not checked, or a one-line summary of a failure. */
  reason: string | null;
  /** This version was made by automatic fix round N; 0 when a person made it. */
  fixRound: number;
  /** This failed build started automatic fix round `round`, run as that generation. */
  fix: { generationId: string; round: number } | null;
  /** The tail of the output: only in the answer about one version. */
  log?: string;
}

/** Still being checked: worth asking again. */
export function isPending(status: BuildStatus): boolean {
  return status === 'queued' || status === 'running';
}

const enc = encodeURIComponent;
const project = (id: string) => `/api/v1/projects/${enc(id)}`;

export const buildApi = {
  list: (projectId: string, signal?: AbortSignal) => api.get<BuildView[]>(`${project(projectId)}/builds`, { signal }),
  get: (projectId: string, version: number, signal?: AbortSignal) =>
    api.get<BuildView>(`${project(projectId)}/versions/${version}/build`, { signal }),
  checkAgain: (projectId: string, version: number) => api.post<BuildView>(`${project(projectId)}/versions/${version}/build`),
};
