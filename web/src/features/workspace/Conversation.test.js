import { jsx as _jsx } from "react/jsx-runtime";
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Conversation } from './Conversation';
const generation = (id, cacheHit) => ({
    id,
    projectId: 'p',
    status: 'succeeded',
    description: `Prompt ${id}`,
    framework: 'react',
    type: 'todo',
    model: null,
    forceRegenerate: false,
    generator: { id: 'openai', kind: 'llm', label: 'GPT' },
    attempts: 1,
    baseVersion: 0,
    version: 1,
    summary: `Summary ${id}`,
    error: null,
    usage: null,
    cacheHit,
    createdAt: new Date().toISOString(),
    startedAt: null,
    finishedAt: null,
    eventsUrl: '',
});
describe('Conversation', () => {
    it('marks a generation served from the cache as free, and only that one', () => {
        render(_jsx(Conversation, { generations: [generation('b', null), generation('a', 'l2')], catalog: null, onShowVersion: () => undefined, onFinished: () => undefined }));
        const [first, second] = screen.getAllByTestId('turn');
        expect(within(first).getByTestId('cache-hit-badge')).toHaveTextContent('Served from cache — 0 credits');
        expect(within(first).getByTestId('cache-hit-badge')).toHaveAttribute('title', expect.stringContaining('l2'));
        expect(within(second).queryByTestId('cache-hit-badge')).not.toBeInTheDocument();
    });
    it('keeps following a turn started on this page until its stream ends, even once it succeeded', () => {
        const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise(() => undefined));
        render(_jsx(Conversation, { generations: [generation('b', null), generation('a', null)], streaming: new Set(['b']), catalog: null, onShowVersion: () => undefined, onFinished: () => undefined }));
        const [older, streamed] = screen.getAllByTestId('turn');
        expect(within(older).getByTestId('turn-summary')).toHaveTextContent('Summary a');
        expect(within(streamed).queryByTestId('turn-summary')).not.toBeInTheDocument();
        fetch.mockRestore();
    });
});
