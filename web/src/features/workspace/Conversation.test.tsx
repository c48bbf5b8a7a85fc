import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
});
