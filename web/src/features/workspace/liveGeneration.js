import { isTerminal } from '../../shared/api/types';
/** Only this much of a streamed file is kept: the live view shows the tail, the viewer the rest. */
export const MAX_LIVE_TEXT = 16_000;
export function initialLiveState(status = 'queued') {
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
function parse(data) {
    try {
        const value = JSON.parse(data);
        return typeof value === 'object' && value !== null ? value : {};
    }
    catch {
        return {};
    }
}
const str = (v) => (typeof v === 'string' ? v : '');
const num = (v) => (typeof v === 'number' ? v : undefined);
function updateFile(files, path, change) {
    const index = files.findIndex((f) => f.path === path && !f.done);
    const at = index >= 0 ? index : files.findIndex((f) => f.path === path);
    if (at < 0)
        return files;
    const next = files.slice();
    next[at] = change(files[at]);
    return next;
}
/** Applies one SSE event of a generation to its live progress. */
export function applyEvent(state, event) {
    const data = parse(event.data);
    const next = { ...state, lastEventId: event.id ?? state.lastEventId };
    switch (event.event) {
        case 'status': {
            const status = str(data.status);
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
            const error = data.error;
            if (error && typeof error === 'object')
                next.error = { code: str(error.code), message: str(error.message) };
            if (num(data.version) !== undefined)
                next.version = num(data.version);
            if (str(data.summary))
                next.summary = str(data.summary);
            return next;
        }
        case 'message':
            next.narrative = (state.narrative + str(data.text)).slice(-MAX_LIVE_TEXT);
            return next;
        case 'file_started':
            next.files = [...state.files, { path: str(data.path), operation: str(data.operation) || 'write', text: '', done: false }];
            return next;
        case 'file_delta':
            next.files = updateFile(state.files, str(data.path), (f) => ({
                ...f,
                text: (f.text + str(data.text)).slice(-MAX_LIVE_TEXT),
            }));
            return next;
        case 'file_completed': {
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
        case 'summary':
            next.summary = str(data.text) || state.summary;
            return next;
        case 'version_created':
            next.version = num(data.version) ?? state.version;
            return next;
        default:
            return state.lastEventId === next.lastEventId ? state : next;
    }
}
export function isFinalEvent(event) {
    return event.event === 'status' && isTerminal(str(parse(event.data).status));
}
