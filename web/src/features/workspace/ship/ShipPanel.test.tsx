import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Version } from '../../../shared/api/types';
import { fakeApi, json, problem } from '../../../test/fakeApi';

let role: 'member' | 'viewer' = 'member';
vi.mock('../../../shared/org/OrganizationContext', () => ({
  useCan: (needed: string) => (needed === 'member' ? role === 'member' : true),
  useOrganizations: () => ({ current: { id: 'org-acme', slug: 'acme', role } }),
}));

const { ShipPanel } = await import('./ShipPanel');

const versions: Version[] = [
  { number: 1, generationId: 'g', summary: 's', fileCount: 3, totalBytes: 100, createdAt: '2026-12-04T10:00:00Z' },
];

const BUILD = {
  version: 1,
  status: 'passed',
  command: 'npm run build',
  durationMs: 900,
  startedAt: null,
  finishedAt: null,
  reason: null,
  fixRound: 0,
  fix: null,
};

function server() {
  return fakeApi({
    'GET /api/v1/projects/p1/pushes': () => json(200, []),
    'GET /api/v1/projects/p1/deployments': () => json(200, []),
    'GET /api/v1/projects/p1/site': () => problem(404, 'not-found'),
    'GET /api/v1/orgs/org-acme/connections': () => json(200, []),
    'GET /api/v1/projects/p1/builds': () => json(200, [BUILD]),
    'GET /api/v1/projects/p1/versions/1/build': () => json(200, { ...BUILD, log: 'done' }),
  });
}

describe('ShipPanel', () => {
  it('starts with whether the version builds, then every way out: Git, a host and this server', async () => {
    role = 'member';
    server();
    render(
      <MemoryRouter>
        <ShipPanel projectId="p1" versions={versions} version={1} onVersion={() => undefined} />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('heading', { name: 'Publish on this server' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Deploy version 1/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish version 1' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Build of version 1');
    expect(await screen.findByText('Builds ✓')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeInTheDocument();
  });

  it('asks the workspace to reload when a check names a version it does not know (a fix round made it)', async () => {
    role = 'member';
    fakeApi({
      'GET /api/v1/projects/p1/pushes': () => json(200, []),
      'GET /api/v1/projects/p1/deployments': () => json(200, []),
      'GET /api/v1/projects/p1/site': () => problem(404, 'not-found'),
      'GET /api/v1/orgs/org-acme/connections': () => json(200, []),
      'GET /api/v1/projects/p1/builds': () =>
        json(200, [
          { ...BUILD, version: 2, status: 'queued', fixRound: 1 },
          { ...BUILD, status: 'failed' },
        ]),
      'GET /api/v1/projects/p1/versions/1/build': () => json(200, { ...BUILD, status: 'failed', log: 'x' }),
    });
    const onNewVersion = vi.fn();
    render(
      <MemoryRouter>
        <ShipPanel projectId="p1" versions={versions} version={1} onVersion={() => undefined} onNewVersion={onNewVersion} />
      </MemoryRouter>,
    );
    await vi.waitFor(() => expect(onNewVersion).toHaveBeenCalled());
  });

  it('does not reload the workspace when every checked version is known', async () => {
    role = 'member';
    server();
    const onNewVersion = vi.fn();
    render(
      <MemoryRouter>
        <ShipPanel projectId="p1" versions={versions} version={1} onVersion={() => undefined} onNewVersion={onNewVersion} />
      </MemoryRouter>,
    );
    expect(await screen.findByText('Builds ✓')).toBeInTheDocument();
    expect(onNewVersion).not.toHaveBeenCalled();
  });

  it('shows a viewer where versions went, without the forms', async () => {
    role = 'viewer';
    server();
    render(
      <MemoryRouter>
        <ShipPanel projectId="p1" versions={versions} version={1} onVersion={() => undefined} />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('heading', { name: 'Publish on this server' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Deploy version 1/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Publish version/ })).toBeNull();
    expect(await screen.findByText('Builds ✓')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
  });
});
