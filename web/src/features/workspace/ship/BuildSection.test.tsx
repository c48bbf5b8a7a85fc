import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '../../../test/fakeApi';
import type { BuildStatus, BuildView } from './buildApi';

let role: 'member' | 'viewer' = 'member';
vi.mock('../../../shared/org/OrganizationContext', () => ({
  useCan: (needed: string) => (needed === 'member' ? role === 'member' : true),
}));

const { BuildSection } = await import('./BuildSection');
const { BUILD_POLL_MS } = await import('./useBuild');

const DETAIL = 'GET /api/v1/projects/p1/versions/3/build';
const CHECK = 'POST /api/v1/projects/p1/versions/3/build';

function build(over: Partial<BuildView> = {}): BuildView {
  return {
    version: 3,
    status: 'passed',
    command: 'npm run build',
    durationMs: 12_345,
    startedAt: '2026-12-04T10:00:00Z',
    finishedAt: '2026-12-04T10:00:12Z',
    reason: null,
    fixRound: 0,
    fix: null,
    log: 'vite v7 building for production...\n✓ 31 modules transformed.',
    ...over,
  };
}

/** Lets the section's timers run, as if `ms` had passed. */
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function show(builds: BuildView[] = []) {
  const onChanged = vi.fn();
  const view = render(<BuildSection projectId="p1" version={3} builds={builds} onChanged={onChanged} />);
  return { ...view, onChanged };
}

describe('BuildSection', () => {
  beforeEach(() => {
    role = 'member';
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => vi.useRealTimers());

  it('shows a passing build with its command, duration and log folded away', async () => {
    fakeApi({ [DETAIL]: () => json(200, build()) });
    show();
    expect(await screen.findByTestId('build-status')).toHaveTextContent('Builds ✓');
    expect(screen.getByRole('heading', { name: 'Build of version 3' })).toBeInTheDocument();
    expect(screen.getByText('npm run build')).toBeInTheDocument();
    expect(screen.getByText('took 12 sec')).toBeInTheDocument();
    const log = screen.getByTestId('build-log');
    expect(log.tagName).toBe('PRE');
    expect(log).toHaveTextContent('31 modules transformed.');
    expect(log).not.toBeVisible();
    fireEvent.click(screen.getByText('Build log'));
    expect(log).toBeVisible();
  });

  it.each<[BuildStatus, string, string | null]>([
    ['failed', 'Build fails ✗', "src/App.tsx(4,7): error TS2304: Cannot find name 'Todo'."],
    ['skipped', 'Skipped', 'An Express API has no build step.'],
    ['not-checked', 'Not checked', 'Built before checks existed.'],
    ['queued', 'Checking…', null],
    ['running', 'Checking…', null],
  ])('says in words that the build is %s, with the reason', async (status, words, reason) => {
    fakeApi({ [DETAIL]: () => json(200, build({ status, reason, durationMs: null, log: '' })) });
    show();
    const badge = await screen.findByTestId('build-status');
    expect(badge).toHaveTextContent(words);
    expect(badge).toHaveAttribute('data-status', status);
    if (reason) expect(screen.getByTestId('build-reason')).toHaveTextContent(reason);
    else expect(screen.queryByTestId('build-reason')).toBeNull();
    expect(screen.queryByTestId('build-log')).toBeNull();
  });

  it('asks again every 2 s while the build is checked, and stops once it is final', async () => {
    const answers: BuildStatus[] = ['queued', 'running', 'failed'];
    const server = fakeApi({ [DETAIL]: () => json(200, build({ status: answers.shift() ?? 'failed' })) });
    show();
    expect(await screen.findByText('Checking…')).toBeInTheDocument();
    await wait(BUILD_POLL_MS);
    await wait(BUILD_POLL_MS);
    expect(await screen.findByText('Build fails ✗')).toBeInTheDocument();
    await wait(BUILD_POLL_MS * 3);
    expect(server.requests('GET', '/api/v1/projects/p1/versions/3/build')).toHaveLength(3);
  });

  it('stops asking once the section is gone', async () => {
    const server = fakeApi({ [DETAIL]: () => json(200, build({ status: 'running' })) });
    const { unmount } = show();
    expect(await screen.findByText('Checking…')).toBeInTheDocument();
    unmount();
    await wait(BUILD_POLL_MS * 3);
    expect(server.requests('GET', '/api/v1/projects/p1/versions/3/build')).toHaveLength(1);
  });

  it('checks again on request and follows the new check to its end', async () => {
    let checked = false;
    let asked = 0;
    const server = fakeApi({
      [DETAIL]: () => {
        if (!checked) return json(200, build({ status: 'failed', reason: 'exit code 2' }));
        asked += 1;
        return json(200, build({ status: asked > 1 ? 'passed' : 'running', log: 'fresh output' }));
      },
      [CHECK]: () => {
        checked = true;
        return json(202, build({ status: 'queued', durationMs: null, finishedAt: null, log: undefined }));
      },
    });
    const { onChanged } = show();
    fireEvent.click(await screen.findByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('Checking…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeDisabled();
    expect(server.requests('POST', '/api/v1/projects/p1/versions/3/build')).toHaveLength(1);
    expect(server.requests('POST', '/api/v1/projects/p1/versions/3/build')[0].body).toBeUndefined();
    expect(onChanged).toHaveBeenCalledTimes(1);
    await wait(BUILD_POLL_MS);
    expect(await screen.findByText('Builds ✓')).toBeInTheDocument();
    expect(screen.getByTestId('build-log')).toHaveTextContent('fresh output');
    expect(screen.getByRole('button', { name: 'Check again' })).toBeEnabled();
  });

  it('says why a check was refused', async () => {
    fakeApi({
      [DETAIL]: () => json(200, build()),
      [CHECK]: () => problem(403, 'forbidden', 'Viewers cannot check builds'),
    });
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Check again' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByText('Builds ✓')).toBeInTheDocument();
  });

  it('shows a viewer the build but no Check again', async () => {
    role = 'viewer';
    fakeApi({ [DETAIL]: () => json(200, build()) });
    show();
    expect(await screen.findByText('Builds ✓')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
  });
});

describe('BuildSection, automatic fix', () => {
  beforeEach(() => {
    role = 'member';
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => vi.useRealTimers());

  const failedWithFix = build({ status: 'failed', reason: 'error TS2304', fix: { generationId: 'g-fix', round: 1 } });
  const generation = (status: string, version: number | null) => ({ id: 'g-fix', status, version, fixRound: 1 });

  it('says Vectort is fixing it, then in which version it was fixed', async () => {
    let done = false;
    fakeApi({
      [DETAIL]: () => json(200, failedWithFix),
      'GET /api/v1/generations/g-fix': () => json(200, done ? generation('succeeded', 4) : generation('running', null)),
    });
    const onChanged = vi.fn();
    const fixed = build({ version: 4, status: 'passed', fixRound: 1, log: undefined });
    const { rerender } = render(<BuildSection projectId="p1" version={3} builds={[failedWithFix]} onChanged={onChanged} />);
    const note = await screen.findByTestId('build-fix');
    expect(note).toHaveTextContent('Vectort is fixing it automatically (round 1 of 2).');
    expect(note).toHaveTextContent('Automatic fix rounds are free: no credits are charged.');

    done = true;
    await wait(BUILD_POLL_MS);
    expect(await within(note).findByText('The fix made version 4; checking whether it builds…')).toBeInTheDocument();
    // Version 4 is not in the list yet: the section asks for the list again.
    await wait(BUILD_POLL_MS);
    expect(onChanged).toHaveBeenCalled();
    rerender(<BuildSection projectId="p1" version={3} builds={[fixed, failedWithFix]} onChanged={onChanged} />);
    expect(within(note).getByText('Fixed in version 4 ✓')).toBeInTheDocument();
  });

  it('says so when the fixed version still fails', async () => {
    fakeApi({
      [DETAIL]: () => json(200, failedWithFix),
      'GET /api/v1/generations/g-fix': () => json(200, generation('succeeded', 5)),
    });
    const stillFails = build({ version: 5, status: 'failed', fixRound: 1 });
    render(<BuildSection projectId="p1" version={3} builds={[stillFails, failedWithFix]} onChanged={() => undefined} />);
    expect(await screen.findByText('The fix in version 5 still fails ✗')).toBeInTheDocument();
  });

  it('says so when the fix made no version', async () => {
    const server = fakeApi({
      [DETAIL]: () => json(200, failedWithFix),
      'GET /api/v1/generations/g-fix': () => json(200, generation('failed', null)),
    });
    render(<BuildSection projectId="p1" version={3} builds={[failedWithFix]} onChanged={() => undefined} />);
    expect(await screen.findByText('The automatic fix (round 1 of 2) made no new version.')).toBeInTheDocument();
    await wait(BUILD_POLL_MS * 2);
    expect(server.requests('GET', '/api/v1/generations/g-fix')).toHaveLength(1);
  });
});
