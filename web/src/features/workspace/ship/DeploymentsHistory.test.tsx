import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deployment, DeploymentAccepted } from './deployApi';

const list = vi.fn<(projectId: string) => Promise<Deployment[]>>();
const redeploy = vi.fn<(projectId: string, id: string) => Promise<DeploymentAccepted>>();
const rollback = vi.fn<(projectId: string, id: string) => Promise<DeploymentAccepted>>();
vi.mock('./deployApi', async (original) => ({
  ...(await original<typeof import('./deployApi')>()),
  deployApi: {
    list: (p: string) => list(p),
    redeploy: (p: string, id: string) => redeploy(p, id),
    rollback: (p: string, id: string) => rollback(p, id),
  },
}));

const { DeploymentsHistory } = await import('./DeploymentsHistory');

function deployment(overrides: Partial<Deployment>): Deployment {
  return {
    id: 'd',
    projectId: 'p',
    version: 1,
    platform: 'netlify',
    kind: 'deploy',
    status: 'ready',
    siteName: 'site',
    createdAt: '2026-12-04T10:00:00Z',
    updatedAt: '2026-12-04T10:01:00Z',
    ...overrides,
  };
}

describe('DeploymentsHistory', () => {
  beforeEach(() => {
    list.mockReset();
    redeploy.mockReset();
    rollback.mockReset();
  });

  it('lists deployments with their URL, version and status', async () => {
    list.mockResolvedValue([
      deployment({
        id: 'd2',
        version: 2,
        platform: 'vercel',
        status: 'failed',
        error: { code: 'build-failed', message: 'exit 1' },
      }),
      deployment({ id: 'd1', version: 1, url: 'https://site.netlify.app' }),
    ]);
    render(<DeploymentsHistory projectId="p" />);
    const items = await screen.findAllByTestId('deployment');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Vercel')).toBeInTheDocument();
    expect(within(items[0]).getByText('v2')).toBeInTheDocument();
    expect(within(items[0]).getByText(/The site could not be built/)).toBeInTheDocument();
    expect(within(items[0]).queryByRole('button', { name: 'Roll back to version 2' })).not.toBeInTheDocument();
    expect(within(items[1]).getByRole('link', { name: 'https://site.netlify.app' })).toBeInTheDocument();
    expect(within(items[1]).getByText('Live')).toBeInTheDocument();
  });

  it('rolls back to a deployment that went live and reloads the list', async () => {
    list.mockResolvedValue([deployment({ id: 'd1', url: 'https://site.netlify.app' })]);
    rollback.mockResolvedValue({ id: 'd3', status: 'queued', version: 1, eventsUrl: '/e' });
    const started = vi.fn();
    render(<DeploymentsHistory projectId="p" onStarted={started} />);
    const button = await screen.findByRole('button', { name: 'Roll back to version 1' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(started).toHaveBeenCalledWith(expect.objectContaining({ id: 'd3' }));
    expect(rollback).toHaveBeenCalledWith('p', 'd1');
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('hides the actions from someone who may only look', async () => {
    list.mockResolvedValue([deployment({ id: 'd1', url: 'https://site.netlify.app' })]);
    render(<DeploymentsHistory projectId="p" canDeploy={false} />);
    await screen.findAllByTestId('deployment');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says so when there is no deployment yet', async () => {
    list.mockResolvedValue([]);
    render(<DeploymentsHistory projectId="p" />);
    expect(await screen.findByText('No deployment yet.')).toBeInTheDocument();
  });
});
