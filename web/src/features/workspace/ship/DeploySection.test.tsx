import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/problem';
import type { DeployBody, DeploymentAccepted } from './deployApi';

const deploy = vi.fn<(projectId: string, version: number, body: DeployBody) => Promise<DeploymentAccepted>>();
const fetcher = vi.fn<(url: string, init: RequestInit) => Promise<Response>>();
vi.mock('./deployApi', async (original) => ({
  ...(await original<typeof import('./deployApi')>()),
  deployApi: {
    deploy: (p: string, v: number, b: DeployBody) => deploy(p, v, b),
    fetch: (url: string, init: RequestInit) => fetcher(url, init),
  },
}));

const { DeploySection } = await import('./DeploySection');

/** An SSE response with these status events, in order. */
function statusStream(...events: object[]): Response {
  const body = events.map((e, i) => `id: ${i + 1}\nevent: status\ndata: ${JSON.stringify(e)}\n\n`).join('');
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

const ACCEPTED: DeploymentAccepted = {
  id: 'd1',
  status: 'queued',
  version: 2,
  eventsUrl: '/api/v1/projects/p/deployments/d1/events',
};

describe('DeploySection', () => {
  beforeEach(() => {
    deploy.mockReset();
    fetcher.mockReset();
  });

  it('deploys to the chosen host and shows the live URL as a link', async () => {
    deploy.mockResolvedValue(ACCEPTED);
    fetcher.mockResolvedValue(
      statusStream({ status: 'queued' }, { status: 'uploading' }, { status: 'ready', url: 'https://site.vercel.app' }),
    );
    render(<DeploySection projectId="p" version={2} />);
    fireEvent.click(screen.getByLabelText('Vercel'));
    fireEvent.change(screen.getByLabelText('Token (optional)'), { target: { value: ' tok_1 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Deploy to Vercel' }));

    const link = await screen.findByRole('link', { name: 'https://site.vercel.app' });
    expect(link).toHaveAttribute('href', 'https://site.vercel.app');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(deploy).toHaveBeenCalledWith('p', 2, { platform: 'vercel', token: 'tok_1' });
    expect(fetcher.mock.calls[0][0]).toBe(ACCEPTED.eventsUrl);
    // The pasted token does not stay on the page.
    expect(screen.getByLabelText('Token (optional)')).toHaveValue('');
  });

  it('says in words why a deployment failed', async () => {
    deploy.mockResolvedValue(ACCEPTED);
    fetcher.mockResolvedValue(statusStream({ status: 'failed', code: 'bad-token', message: 'Vercel refused the token' }));
    render(<DeploySection projectId="p" version={2} />);
    fireEvent.click(screen.getByRole('button', { name: 'Deploy to Netlify' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The host refused the token.');
  });

  it('asks for the repository on Render and explains a refusal', async () => {
    deploy.mockRejectedValue(
      new ApiError({ status: 422, code: 'render-needs-repository', detail: 'Render builds sites from a Git repository' }),
    );
    render(<DeploySection projectId="p" version={1} />);
    expect(screen.queryByLabelText('Git repository')).not.toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Render'));
    expect(screen.getByLabelText('Git repository')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Deploy to Render' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Render builds from a Git repository');
    expect(fetcher).not.toHaveBeenCalled();
  });
});
