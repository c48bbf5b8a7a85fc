import type { SseEvent } from '../../../shared/api/sse';

/** What the push's event stream has said so far (see docs/SHIPPING.md, "Progress"). */
export interface PushProgress {
  steps: string[];
  status: 'queued' | 'running' | 'pushed' | 'failed';
  branch?: string;
  commitSha?: string;
  pullRequestUrl?: string;
  warningCode?: string;
  warning?: string;
  code?: string;
  message?: string;
  /** The last retry's reason, while the job waits to try again. */
  retrying?: string;
}

export const initialProgress: PushProgress = { steps: [], status: 'queued' };

export function isFinalPushEvent(event: SseEvent): boolean {
  if (event.event !== 'status') return false;
  const status = parse(event.data).status;
  return status === 'pushed' || status === 'failed';
}

export function applyPushEvent(state: PushProgress, event: SseEvent): PushProgress {
  const data = parse(event.data);
  if (event.event === 'progress' && typeof data.step === 'string') {
    if (data.step === 'retrying') return { ...state, retrying: String(data.message ?? '') };
    return { ...state, retrying: undefined, steps: state.steps.includes(data.step) ? state.steps : [...state.steps, data.step] };
  }
  if (event.event === 'status' && typeof data.status === 'string') {
    return {
      ...state,
      status: data.status as PushProgress['status'],
      branch: str(data.branch) ?? state.branch,
      commitSha: str(data.commitSha) ?? state.commitSha,
      pullRequestUrl: str(data.pullRequestUrl),
      warningCode: str(data.warningCode),
      warning: str(data.warning),
      code: str(data.code),
      message: str(data.message),
    };
  }
  return state;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function parse(data: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(data);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
