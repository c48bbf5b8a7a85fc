import type { GenerationEvents } from '../../shared/api/generated/generationEvents';
import type { SseEvent } from '../../shared/api/sse';
import { isTerminal, type GenerationStatus } from '../../shared/api/types';

export interface LiveFile {
  path: string;
  operation: string;
  /** The streamed content so far (its tail, for very large files). */
  text: string;
  done: boolean;
  bytes?: number;
  lines?: number;
  to?: string;
}

export interface LiveState {
  status: GenerationStatus;
  attempt: number;
  retrying: boolean;
  files: LiveFile[];
  narrative: string;
  summary: string | null;
  version: number | null;
  error: { code: string; message: string } | null;
  /** The id of the last event applied. */
  lastEventId: string | null;
}

/** Only this much of a streamed file is kept: the live view shows the tail, the viewer the rest. */
export const MAX_LIVE_TEXT = 16_000;

export function initialLiveState(status: GenerationStatus = 'queued'): LiveState {
  return {
    status,
    attempt: 0,
    retrying: false,
    files: [],
    narrative: '',
    summary: null,
    version: null,
    error: null,
    lastEventId: null,
  };
}

type EventName = keyof GenerationEvents;
/** Every field any variant of an event has. */
type FieldsOf<T> = T extends unknown ? keyof T : never;
/**
 * An event's data as it parsed: the field names are the server's (a typo does not compile), the
 * values are still checked, since a proxy or an older server may send something else.
 */
type Data<K extends EventName> = { [F in FieldsOf<GenerationEvents[K]>]?: unknown };

function parse<K extends EventName>(data: string): Data<K> {
  try {
    const value = JSON.parse(data);
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

function updateFile(files: LiveFile[], path: string, change: (f: LiveFile) => LiveFile): LiveFile[] {
  const index = files.findIndex((f) => f.path === path && !f.done);
  const at = index >= 0 ? index : files.findIndex((f) => f.path === path);
  if (at < 0) return files;
  const next = files.slice();
  next[at] = change(files[at]);
  return next;
}

/** Applies one SSE event of a generation to its live progress. */
export function applyEvent(state: LiveState, event: SseEvent): LiveState {
  const next: LiveState = { ...state, lastEventId: event.id ?? state.lastEventId };
  switch (event.event as EventName) {
    case 'status': {
      const data = parse<'status'>(event.data);
      const status = str(data.status) as GenerationStatus;
      const attempt = num(data.attempt) ?? state.attempt;
      // A retry streams every file again from the start: drop what the failed attempt showed.
      if (status === 'running' && attempt > state.attempt) {
        next.files = [];
        next.narrative = '';
        next.error = null;
      }
      next.status = status || state.status;
      next.attempt = Math.max(attempt, state.attempt);
      next.retrying = data.retrying === true;
      const error = data.error as { code?: unknown; message?: unknown } | undefined;
      if (error && typeof error === 'object') next.error = { code: str(error.code), message: str(error.message) };
      if (num(data.version) !== undefined) next.version = num(data.version)!;
      if (str(data.summary)) next.summary = str(data.summary);
      return next;
    }
    case 'message': {
      const data = parse<'message'>(event.data);
      next.narrative = (state.narrative + str(data.text)).slice(-MAX_LIVE_TEXT);
      return next;
    }
    case 'file_started': {
      const data = parse<'file_started'>(event.data);
      next.files = [...state.files, { path: str(data.path), operation: str(data.operation) || 'write', text: '', done: false }];
      return next;
    }
    case 'file_delta': {
      const data = parse<'file_delta'>(event.data);
      next.files = updateFile(state.files, str(data.path), (f) => ({
        ...f,
        text: (f.text + str(data.text)).slice(-MAX_LIVE_TEXT),
      }));
      return next;
    }
    case 'file_completed': {
      const data = parse<'file_completed'>(event.data);
      const path = str(data.path);
      const known = state.files.some((f) => f.path === path);
      const files = known
        ? state.files
        : [...state.files, { path, operation: str(data.operation) || 'write', text: '', done: false }];
      next.files = updateFile(files, path, (f) => ({
        ...f,
        done: true,
        bytes: num(data.bytes),
        lines: num(data.lines),
        to: str(data.to) || undefined,
      }));
      return next;
    }
    case 'summary': {
      const data = parse<'summary'>(event.data);
      next.summary = str(data.text) || state.summary;
      return next;
    }
    case 'version_created': {
      const data = parse<'version_created'>(event.data);
      next.version = num(data.version) ?? state.version;
      return next;
    }
    default:
      return state.lastEventId === next.lastEventId ? state : next;
  }
}

export function isFinalEvent(event: SseEvent): boolean {
  return event.event === 'status' && isTerminal(str(parse<'status'>(event.data).status));
}
