import { describe, expect, it } from 'vitest';
import { applyEvent, initialLiveState, isFinalEvent } from './liveGeneration';
let nextId = 1;
const ev = (event, data) => ({ id: String(nextId++), event, data: JSON.stringify(data) });
function run(events) {
    return events.reduce(applyEvent, initialLiveState());
}
describe('live generation state', () => {
    it('shows files one by one with their streamed text, then the version', () => {
        const state = run([
            ev('status', { status: 'running', attempt: 1 }),
            ev('message', { text: 'Writing a todo app.' }),
            ev('file_started', { path: 'index.html', operation: 'write' }),
            ev('file_delta', { path: 'index.html', text: '<!doctype html>\n' }),
            ev('file_delta', { path: 'index.html', text: '<h1>Todo</h1>\n' }),
            ev('file_completed', { path: 'index.html', operation: 'write', bytes: 30, lines: 2 }),
            ev('file_started', { path: 'src/App.jsx', operation: 'write' }),
            ev('file_delta', { path: 'src/App.jsx', text: 'export default' }),
            ev('summary', { text: 'A todo app' }),
            ev('version_created', { version: 1, fileCount: 2, totalBytes: 50 }),
            ev('status', { status: 'succeeded', version: 1, summary: 'A todo app' }),
        ]);
        expect(state.files.map((f) => [f.path, f.done])).toEqual([
            ['index.html', true],
            ['src/App.jsx', false],
        ]);
        expect(state.files[0].text).toBe('<!doctype html>\n<h1>Todo</h1>\n');
        expect(state.files[0].bytes).toBe(30);
        expect(state.narrative).toBe('Writing a todo app.');
        expect(state.status).toBe('succeeded');
        expect(state.version).toBe(1);
        expect(state.summary).toBe('A todo app');
    });
    it('resets the progress of a failed attempt when the next attempt starts', () => {
        const state = run([
            ev('status', { status: 'running', attempt: 1 }),
            ev('file_started', { path: 'a.js', operation: 'write' }),
            ev('file_delta', { path: 'a.js', text: 'half' }),
            ev('status', { status: 'queued', retrying: true, attempt: 1, error: { code: 'timeout', message: 'slow' } }),
            ev('status', { status: 'running', attempt: 2 }),
            ev('file_started', { path: 'b.js', operation: 'write' }),
        ]);
        expect(state.attempt).toBe(2);
        expect(state.retrying).toBe(false);
        expect(state.error).toBeNull();
        expect(state.files.map((f) => f.path)).toEqual(['b.js']);
    });
    it('keeps a running status of the same attempt from wiping the files', () => {
        const state = run([
            ev('status', { status: 'running', attempt: 1 }),
            ev('file_started', { path: 'a.js', operation: 'write' }),
            ev('status', { status: 'running', attempt: 1 }),
        ]);
        expect(state.files).toHaveLength(1);
    });
    it('records patches, renames and deletes as operations', () => {
        const state = run([
            ev('file_started', { path: 'a.js', operation: 'patch' }),
            ev('file_completed', { path: 'a.js', operation: 'patch', replacements: 2 }),
            ev('file_completed', { path: 'old.js', operation: 'rename', to: 'new.js' }),
        ]);
        expect(state.files.map((f) => [f.path, f.operation, f.done, f.to])).toEqual([
            ['a.js', 'patch', true, undefined],
            ['old.js', 'rename', true, 'new.js'],
        ]);
    });
    it('knows the final events', () => {
        expect(isFinalEvent({ id: '1', event: 'status', data: '{"status":"failed"}' })).toBe(true);
        expect(isFinalEvent({ id: '1', event: 'status', data: '{"status":"running"}' })).toBe(false);
        expect(isFinalEvent({ id: '1', event: 'summary', data: '{"text":"failed"}' })).toBe(false);
    });
});
