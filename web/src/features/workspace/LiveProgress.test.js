import { jsx as _jsx } from "react/jsx-runtime";
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
const fetchEvents = vi.fn();
const cancel = vi.fn(async () => ({}));
vi.mock('../../shared/api/endpoints', () => ({
    api: { fetch: (url, init) => fetchEvents(url, init) },
    endpoints: { cancel: () => cancel() },
}));
const { LiveProgress } = await import('./LiveProgress');
const generation = {
    id: 'g1',
    projectId: 'p1',
    status: 'queued',
    description: 'A todo app',
    framework: 'react',
    type: 'todo',
    model: null,
    forceRegenerate: false,
    generator: { id: 'offline-starter', kind: 'starter', label: 'Offline starter (not AI)' },
    attempts: 0,
    baseVersion: 0,
    version: null,
    summary: null,
    error: null,
    usage: null,
    createdAt: new Date().toISOString(),
    startedAt: null,
    finishedAt: null,
    eventsUrl: '/api/v1/generations/g1/events',
};
/** An event stream the test feeds by hand. */
function controlledStream() {
    const encoder = new TextEncoder();
    let controller;
    const body = new ReadableStream({ start: (c) => void (controller = c) });
    let id = 0;
    return {
        response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
        send: (event, data) => controller.enqueue(encoder.encode(`id: ${++id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`)),
    };
}
describe('LiveProgress', () => {
    it('shows the files as they stream, then reports the version', async () => {
        const stream = controlledStream();
        fetchEvents.mockResolvedValue(stream.response);
        const onFinished = vi.fn();
        render(_jsx(LiveProgress, { generation: generation, onFinished: onFinished }));
        stream.send('status', { status: 'running', attempt: 1 });
        expect(await screen.findByText('Writing files…')).toBeInTheDocument();
        stream.send('file_started', { path: 'src/App.jsx', operation: 'write' });
        stream.send('file_delta', { path: 'src/App.jsx', text: 'export default function App() {}\n' });
        expect(await screen.findByText('src/App.jsx')).toBeInTheDocument();
        expect(screen.getByText('writing…')).toBeInTheDocument();
        expect(screen.getByLabelText('Live content of src/App.jsx')).toHaveTextContent('export default function App()');
        stream.send('file_completed', { path: 'src/App.jsx', operation: 'write', bytes: 33, lines: 1 });
        expect(await screen.findByText('33 bytes')).toBeInTheDocument();
        expect(await screen.findByText('1 file written')).toBeInTheDocument();
        stream.send('status', { status: 'succeeded', version: 1, summary: 'A todo app' });
        await waitFor(() => expect(onFinished).toHaveBeenCalledWith(expect.objectContaining({ status: 'succeeded', version: 1 })));
        expect(fetchEvents.mock.calls[0][0]).toBe('/api/v1/generations/g1/events');
    });
    it('cancels on request', async () => {
        const stream = controlledStream();
        fetchEvents.mockResolvedValue(stream.response);
        render(_jsx(LiveProgress, { generation: generation, onFinished: () => undefined }));
        fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
        await waitFor(() => expect(cancel).toHaveBeenCalledTimes(1));
    });
});
