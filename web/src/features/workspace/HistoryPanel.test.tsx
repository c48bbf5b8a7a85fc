import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Generation, Version } from '../../shared/api/types';
import { fakeApi, json } from '../../test/fakeApi';

vi.mock('../../shared/org/OrganizationContext', () => ({ useCan: () => true }));

const { HistoryPanel } = await import('./HistoryPanel');
const { BUILD_POLL_MS } = await import('./ship/useBuild');

const version = (number: number, generationId: string): Version => ({
  number,
  generationId,
  summary: `Summary ${number}`,
  fileCount: 2,
  totalBytes: 300,
  createdAt: '2026-12-04T10:00:00Z',
});

const generation = (id: string, description: string, fixRound: number): Generation => ({
  id,
  projectId: 'p1',
  status: 'succeeded',
  description,
  framework: 'react',
  type: 'todo',
  model: null,
  forceRegenerate: false,
  generator: { id: 'openai', kind: 'llm', label: 'GPT' },
  attempts: 1,
  baseVersion: 0,
  version: null,
  summary: null,
  error: null,
  usage: null,
  fixRound,
  createdAt: '2026-12-04T10:00:00Z',
  startedAt: null,
  finishedAt: null,
  eventsUrl: '',
});

const build = (v: number, status: string, fixRound = 0) => ({
  version: v,
  status,
  command: 'npm run build',
  durationMs: null,
  startedAt: null,
  finishedAt: null,
  reason: null,
  fixRound,
  fix: null,
});

const versions = [version(3, 'g3'), version(2, 'g2'), version(1, 'g1')];
const generations = [
  generation('g3', 'Fix the failing build.\nBuild log:\nerror TS2304: Cannot find name', 1),
  generation('g2', 'Add a filter for done tasks', 0),
  generation('g1', 'A todo app', 0),
];

function files(number: number) {
  return () => json(200, { version: number, files: [], tree: [] });
}

function show() {
  render(
    <HistoryPanel
      projectId="p1"
      projectName="Todo"
      versions={versions}
      currentVersion={3}
      generations={generations}
      busy={false}
      onOpen={() => undefined}
      onRestored={() => undefined}
    />,
  );
}

const rows = () => screen.findAllByTestId('version-row');

describe('HistoryPanel build marks', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('marks each version with whether it builds, named in words', async () => {
    fakeApi({
      'GET /api/v1/projects/p1/builds': () => json(200, [build(3, 'passed', 1), build(2, 'failed'), build(1, 'skipped')]),
      'GET /api/v1/projects/p1/versions/2/files': files(2),
      'GET /api/v1/projects/p1/versions/3/files': files(3),
    });
    show();
    const [third, second, first] = await rows();
    expect(await within(third).findByRole('img', { name: 'Build passes' })).toHaveTextContent('✓');
    expect(within(third).getByRole('img', { name: 'Build passes' })).toHaveAttribute('title', 'Build passes');
    expect(within(second).getByRole('img', { name: 'Build fails' })).toHaveTextContent('✗');
    expect(within(first).getByRole('img', { name: 'Build skipped' })).toBeInTheDocument();
  });

  it('names a version made by an automatic fix for what it is, not by its machine-written prompt', async () => {
    fakeApi({ 'GET /api/v1/projects/p1/builds': () => json(200, []) });
    show();
    const [third, second] = await rows();
    expect(within(third).getByText('Automatic fix — round 1 of 2')).toBeInTheDocument();
    expect(within(third).queryByText(/Build log/)).toBeNull();
    expect(within(second).getByText(/Add a filter for done tasks/)).toBeInTheDocument();
    expect(screen.queryAllByTestId('version-build')).toHaveLength(0);
  });

  it('follows a build being checked until it is final', async () => {
    let asked = 0;
    const server = fakeApi({
      'GET /api/v1/projects/p1/builds': () => {
        asked += 1;
        return json(200, [build(3, asked > 1 ? 'failed' : 'running'), build(2, 'passed'), build(1, 'passed')]);
      },
    });
    show();
    const [third] = await rows();
    expect(await within(third).findByRole('img', { name: 'Build being checked' })).toHaveTextContent('…');
    await act(() => vi.advanceTimersByTimeAsync(BUILD_POLL_MS));
    expect(await within(third).findByRole('img', { name: 'Build fails' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(BUILD_POLL_MS * 3));
    expect(server.requests('GET', '/api/v1/projects/p1/builds')).toHaveLength(2);
  });
});
