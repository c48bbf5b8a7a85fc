import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Generation } from '../../shared/api/types';
import { Conversation } from './Conversation';

const generation = (id: string, cacheHit: Generation['cacheHit']): Generation => ({
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
    render(
      <Conversation
        generations={[generation('b', null), generation('a', 'l2')]}
        catalog={null}
        onShowVersion={() => undefined}
        onFinished={() => undefined}
      />,
    );
    const [first, second] = screen.getAllByTestId('turn');
    expect(within(first).getByTestId('cache-hit-badge')).toHaveTextContent('Served from cache — 0 credits');
    expect(within(first).getByTestId('cache-hit-badge')).toHaveAttribute('title', expect.stringContaining('l2'));
    expect(within(second).queryByTestId('cache-hit-badge')).not.toBeInTheDocument();
  });

  it('shows a run Vectort started to fix a build as an automatic fix, its prompt folded away', () => {
    const fix = {
      ...generation('f', null),
      description: 'The build failed. Fix it.\nerror TS2304: Cannot find name',
      fixRound: 2,
    };
    render(
      <Conversation
        generations={[fix, generation('a', null)]}
        catalog={null}
        onShowVersion={() => undefined}
        onFinished={() => undefined}
      />,
    );
    const [own, automatic] = screen.getAllByTestId('turn');
    expect(within(automatic).getByText('Automatic fix — round 2 of 2')).toBeVisible();
    expect(within(automatic).getByText('Automatic fix rounds are free: no credits are charged.')).toBeVisible();
    expect(within(automatic).getByText(/error TS2304/)).not.toBeVisible();
    expect(within(own).getByText('Prompt a')).toBeVisible();
    expect(within(own).queryByTestId('fix-round-prompt')).toBeNull();
  });

  it('keeps following a turn started on this page until its stream ends, even once it succeeded', () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise(() => undefined));
    render(
      <Conversation
        generations={[generation('b', null), generation('a', null)]}
        streaming={new Set(['b'])}
        catalog={null}
        onShowVersion={() => undefined}
        onFinished={() => undefined}
      />,
    );
    const [older, streamed] = screen.getAllByTestId('turn');
    expect(within(older).getByTestId('turn-summary')).toHaveTextContent('Summary a');
    expect(within(streamed).queryByTestId('turn-summary')).not.toBeInTheDocument();
    fetch.mockRestore();
  });

  it('says next to the newest turn which kind of app it built and why, not on every older turn', () => {
    const inferred = {
      ...generation('b', null),
      type: 'dashboard',
      typeReason: { source: 'description' as const, evidence: 'inventory' },
    };
    const chosen = { ...generation('a', null), typeReason: { source: 'chosen' as const, evidence: null } };
    render(
      <Conversation
        generations={[inferred, chosen]}
        catalog={null}
        onShowVersion={() => undefined}
        onFinished={() => undefined}
      />,
    );
    const [older, newest] = screen.getAllByTestId('turn');
    expect(within(newest).getByTestId('type-reason')).toHaveTextContent('CRUD dashboard — from your words: inventory');
    expect(within(older).queryByTestId('type-reason')).not.toBeInTheDocument();
  });
});
