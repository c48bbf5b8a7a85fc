import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, noContent, problem, type Call } from '../../../test/fakeApi';

let role: 'member' | 'viewer' = 'member';
vi.mock('../../../shared/org/OrganizationContext', () => ({
  useCan: (needed: string) => (needed === 'member' ? role === 'member' : true),
}));

const { PublishSection } = await import('./PublishSection');

const SITE = '/api/v1/projects/p1/site';
const site = (over: Partial<Record<string, unknown>> = {}) => ({
  url: '/sites/acme/bike-parts/',
  slug: 'bike-parts',
  version: 2,
  status: 'ready',
  publishedAt: '2026-12-04T10:00:00Z',
  ...over,
});

describe('PublishSection', () => {
  beforeEach(() => {
    role = 'member';
  });
  afterEach(() => vi.useRealTimers());

  it('publishes the chosen version under the typed address and shows the link', async () => {
    const server = fakeApi({
      [`GET ${SITE}`]: () => problem(404, 'not-found', 'Site not found'),
      'POST /api/v1/projects/p1/versions/3/publish': ({ body }: Call) =>
        json(200, site({ version: 3, slug: (body as { slug: string }).slug, url: '/sites/acme/my-parts/' })),
    });
    render(<PublishSection projectId="p1" version={3} />);
    expect(await screen.findByText('Not published yet.')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Address'), { target: { value: 'my-parts' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish version 3' }));

    const link = await screen.findByRole('link', { name: '/sites/acme/my-parts/' });
    expect(link).toHaveAttribute('href', '/sites/acme/my-parts/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(screen.getByText('Live: version 3')).toBeInTheDocument();
    const publish = server.calls.find((c) => c.url.pathname.endsWith('/publish'));
    expect(publish?.body).toEqual({ slug: 'my-parts' });
  });

  it('says why a version cannot be published', async () => {
    fakeApi({
      [`GET ${SITE}`]: () => problem(404, 'not-found'),
      'POST /api/v1/projects/p1/versions/1/publish': () =>
        problem(409, 'site-unavailable', 'This version has no page to show: an Express API runs with npm start'),
    });
    render(<PublishSection projectId="p1" version={1} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Publish version 1' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This version has no page to show');
  });

  it('follows a site that is being built until it is live', async () => {
    let asked = 0;
    fakeApi({
      [`GET ${SITE}`]: () => {
        asked += 1;
        return json(200, site({ status: asked > 1 ? 'ready' : 'building' }));
      },
    });
    render(<PublishSection projectId="p1" version={2} />);
    expect(await screen.findByText('Being built: version 2. It will be live in a moment.')).toBeInTheDocument();
    expect(await screen.findByText('Live: version 2', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(asked).toBe(2);
  });

  it('takes the site down after asking', async () => {
    const server = fakeApi({
      [`GET ${SITE}`]: () => json(200, site()),
      [`DELETE ${SITE}`]: () => noContent(),
    });
    render(<PublishSection projectId="p1" version={2} />);
    // Version 2 is the one published: the button publishes it again rather than "instead".
    expect(await screen.findByRole('button', { name: 'Publish version 2 again' })).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: 'Unpublish' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Unpublish' }));
    expect(await screen.findByText('Not published yet.')).toBeInTheDocument();
    expect(server.calls.some((c) => c.method === 'DELETE' && c.url.pathname === SITE)).toBe(true);
  });

  it('shows a viewer the address but no way to change it', async () => {
    role = 'viewer';
    fakeApi({ [`GET ${SITE}`]: () => json(200, site()) });
    render(<PublishSection projectId="p1" version={2} />);
    expect(await screen.findByRole('link', { name: '/sites/acme/bike-parts/' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Publish/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Unpublish' })).toBeNull();
    await waitFor(() => expect(screen.queryByLabelText('Address')).toBeNull());
  });
});
