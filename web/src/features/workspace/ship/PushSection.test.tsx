import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrganizationContext, type OrganizationsValue } from '../../../shared/org/OrganizationContext';
import type { Organization } from '../../../shared/org/types';
import { fakeApi, json, problem } from '../../../test/fakeApi';

const { PushSection } = await import('./PushSection');

const acme: Organization = {
  id: 'org-acme',
  name: 'Acme',
  slug: 'acme',
  personal: false,
  role: 'member',
  plan: 'free',
  memberCount: 2,
  createdAt: '2026-12-01T00:00:00Z',
};

function events(...list: [string, object][]): Response {
  const text = list.map(([event, data], i) => `id: ${i + 1}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('');
  return new Response(text, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

function wrap(children: ReactNode) {
  const value = {
    status: 'ready',
    organizations: [acme],
    current: acme,
    error: null,
    switchTo: vi.fn(),
    reload: vi.fn(),
  } as OrganizationsValue;
  return (
    <MemoryRouter>
      <OrganizationContext.Provider value={value}>{children}</OrganizationContext.Provider>
    </MemoryRouter>
  );
}

const EVENTS = '/api/v1/projects/p1/pushes/push-1/events';

describe('PushSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pushes to a GitHub repository with a pull request and shows its link', async () => {
    const server = fakeApi({
      'GET /api/v1/orgs/org-acme/connections': () => json(200, [{ kind: 'github', tokenHint: '…abcd', account: 'octo' }]),
      'GET /api/v1/orgs/org-acme/connections/github/repositories': () =>
        json(200, [{ fullName: 'octo/shop', isPrivate: true, defaultBranch: 'main', htmlUrl: 'https://github.com/octo/shop' }]),
      'POST /api/v1/projects/p1/versions/2/push': () =>
        json(202, { id: 'push-1', jobId: 'push-1', status: 'queued', eventsUrl: EVENTS }),
      [`GET ${EVENTS}`]: () =>
        events(
          ['status', { status: 'running' }],
          ['progress', { step: 'fetching' }],
          ['progress', { step: 'pushing' }],
          [
            'status',
            {
              status: 'pushed',
              branch: 'vectort/version-2-ab',
              commitSha: '0123456789abcdef',
              pullRequestUrl: 'https://github.com/octo/shop/pull/7',
            },
          ],
        ),
    });
    const onFinished = vi.fn();
    render(wrap(<PushSection projectId="p1" version={2} onFinished={onFinished} />));

    fireEvent.change(screen.getByLabelText('Repository (owner/name)'), { target: { value: 'octo/shop' } });
    fireEvent.click(screen.getByLabelText('Open a pull request instead of pushing to the default branch'));
    fireEvent.click(screen.getByRole('button', { name: 'Push version 2' }));

    const link = await screen.findByRole('link', { name: 'Open the pull request' });
    expect(link).toHaveAttribute('href', 'https://github.com/octo/shop/pull/7');
    expect(screen.getByText('Pushed to vectort/version-2-ab (commit 0123456).')).toBeInTheDocument();
    expect(screen.getByText('Reading the branch')).toBeInTheDocument();
    const push = server.calls.find((c) => c.url.pathname.endsWith('/push'));
    expect(push?.body).toEqual({ githubRepository: 'octo/shop', pullRequest: true });
    await waitFor(() => expect(onFinished).toHaveBeenCalled());
  });

  it('says what happened when someone pushed meanwhile and offers a new branch', async () => {
    const server = fakeApi({
      'GET /api/v1/orgs/org-acme/connections': () => json(200, []),
      'POST /api/v1/projects/p1/versions/1/push': () =>
        json(202, { id: 'push-1', jobId: 'push-1', status: 'queued', eventsUrl: EVENTS }),
      [`GET ${EVENTS}`]: () =>
        events([
          'status',
          { status: 'failed', code: 'non-fast-forward', message: 'Someone pushed to main while Vectort was pushing.' },
        ]),
    });
    render(wrap(<PushSection projectId="p1" version={1} onFinished={vi.fn()} />));

    fireEvent.click(screen.getByLabelText('Another Git host (GitLab, Gitea, Bitbucket…)'));
    fireEvent.change(screen.getByLabelText('Repository URL (https)'), {
      target: { value: 'https://git.example.com/team/app.git' },
    });
    fireEvent.change(screen.getByLabelText('Token (optional)'), { target: { value: 'glpat-secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Push version 1' }));

    expect(await screen.findByText('Someone pushed to this branch meanwhile. Nothing was overwritten.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Push to a new branch instead' }));
    const pushes = () => server.calls.filter((c) => c.url.pathname.endsWith('/push'));
    await waitFor(() => expect(pushes()).toHaveLength(2));
    const retry = pushes()[1].body as { branch: string; remoteUrl: string; token: string };
    expect(retry.branch).toMatch(/^vectort\/version-1-/);
    expect(retry.remoteUrl).toBe('https://git.example.com/team/app.git');
    expect(retry.token).toBe('glpat-secret');
  });

  it('points to the settings when GitHub is not connected, and explains a refused address', async () => {
    fakeApi({
      'GET /api/v1/orgs/org-acme/connections': () => json(200, []),
      'POST /api/v1/projects/p1/versions/1/push': () =>
        problem(400, 'refused-destination', 'Vectort will not connect to 10.0.0.1'),
    });
    render(wrap(<PushSection projectId="p1" version={1} onFinished={vi.fn()} />));

    expect(await screen.findByTestId('connect-github')).toHaveTextContent('GitHub is not connected');
    expect(screen.getByRole('link', { name: 'Organisation settings' })).toHaveAttribute('href', '/orgs/acme');
    fireEvent.click(screen.getByLabelText('Another Git host (GitLab, Gitea, Bitbucket…)'));
    fireEvent.change(screen.getByLabelText('Repository URL (https)'), { target: { value: 'https://10.0.0.1/x.git' } });
    fireEvent.click(screen.getByRole('button', { name: 'Push version 1' }));
    expect(
      await screen.findByText('Vectort does not connect to this address (private, local or not https).'),
    ).toBeInTheDocument();
  });
});
