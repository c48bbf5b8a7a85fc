import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../shared/org/roles';
import type { Organization } from '../../shared/org/types';
import { fakeApi, json, noContent, problem } from '../../test/fakeApi';

const { ConnectionsSection } = await import('./ConnectionsSection');

const acme = (role: Role): Organization => ({
  id: 'org-acme',
  name: 'Acme',
  slug: 'acme',
  personal: false,
  role,
  plan: 'free',
  memberCount: 3,
  createdAt: '2026-12-01T00:00:00Z',
});

const github = {
  kind: 'github',
  tokenHint: '…9f3a',
  account: 'octo',
  scopes: ['repo'],
  createdBy: 'u1',
  createdAt: '2026-12-04T10:00:00Z',
};

describe('ConnectionsSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('connects GitHub with a token, shows only its hint, and revokes it', async () => {
    const server = fakeApi({
      'GET /api/v1/orgs/org-acme/connections': () => json(200, []),
      'PUT /api/v1/orgs/org-acme/connections/github': () => json(200, github),
      'DELETE /api/v1/orgs/org-acme/connections/github': () => noContent(),
    });
    render(<ConnectionsSection organization={acme('admin')} />);

    const row = await screen.findByTestId('connection-github');
    expect(within(row).getByText('Not connected')).toBeInTheDocument();
    fireEvent.change(within(row).getByLabelText('Token'), { target: { value: 'ghp_secret9f3a' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Connect' }));

    expect(await within(row).findByText('Connected as octo (token …9f3a)')).toBeInTheDocument();
    expect(within(row).getByLabelText('Replace the token')).toHaveValue('');
    expect(server.calls.find((c) => c.method === 'PUT')?.body).toEqual({ token: 'ghp_secret9f3a' });
    expect(row.textContent).not.toContain('ghp_secret9f3a');

    fireEvent.click(within(row).getByRole('button', { name: 'Revoke' }));
    expect(await within(row).findByText('Not connected')).toBeInTheDocument();
  });

  it('says why GitHub refused a token', async () => {
    fakeApi({
      'GET /api/v1/orgs/org-acme/connections': () => json(200, []),
      'PUT /api/v1/orgs/org-acme/connections/github': () => problem(400, 'bad-token', 'GitHub refused the token'),
    });
    render(<ConnectionsSection organization={acme('owner')} />);
    const row = await screen.findByTestId('connection-github');
    fireEvent.change(within(row).getByLabelText('Token'), { target: { value: 'ghp_expired' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Connect' }));
    expect(await within(row).findByText('GitHub refused this token: it is wrong, expired or revoked.')).toBeInTheDocument();
  });

  it('shows members what is connected without letting them change it', async () => {
    fakeApi({ 'GET /api/v1/orgs/org-acme/connections': () => json(200, [github]) });
    render(<ConnectionsSection organization={acme('member')} />);
    const row = await screen.findByTestId('connection-github');
    expect(within(row).getByText('Connected as octo (token …9f3a)')).toBeInTheDocument();
    expect(within(row).queryByRole('button')).toBeNull();
    expect(within(row).queryByLabelText('Token')).toBeNull();
  });

  describe('Connect with GitHub', () => {
    afterEach(() => window.history.replaceState(null, '', '/'));

    it('leaves for GitHub with the URL the server gives, when the server has an OAuth app', async () => {
      const authorizeUrl = 'https://github.com/login/oauth/authorize?client_id=abc&state=s1';
      const server = fakeApi({
        'GET /api/v1/orgs/org-acme/connections': () => json(200, []),
        'GET /api/v1/auth/providers': () => json(200, [{ id: 'github', name: 'GitHub' }]),
        'POST /api/v1/orgs/org-acme/connections/github/authorize': () => json(200, { url: authorizeUrl }),
      });
      const goTo = vi.fn();
      render(<ConnectionsSection organization={acme('admin')} goTo={goTo} />);

      const row = await screen.findByTestId('connection-github');
      fireEvent.click(await within(row).findByRole('button', { name: 'Connect with GitHub' }));

      await waitFor(() => expect(goTo).toHaveBeenCalledWith(authorizeUrl));
      expect(server.calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual([
        '/api/v1/orgs/org-acme/connections/github/authorize',
      ]);
      // The token field stays, for a fine-grained token or another account.
      expect(within(row).getByLabelText('Token')).toBeInTheDocument();
      expect(within(screen.getByTestId('connection-git')).queryByRole('button', { name: /GitHub/ })).toBeNull();
    });

    it('offers no button without an OAuth app, nor to members', async () => {
      fakeApi({
        'GET /api/v1/orgs/org-acme/connections': () => json(200, []),
        'GET /api/v1/auth/providers': () => json(200, [{ id: 'google', name: 'Google' }]),
      });
      const { unmount } = render(<ConnectionsSection organization={acme('owner')} />);
      const row = await screen.findByTestId('connection-github');
      expect(await within(row).findByLabelText('Token')).toBeInTheDocument();
      expect(within(row).queryByRole('button', { name: 'Connect with GitHub' })).toBeNull();
      unmount();

      const server = fakeApi({
        'GET /api/v1/orgs/org-acme/connections': () => json(200, [github]),
        'GET /api/v1/auth/providers': () => json(200, [{ id: 'github', name: 'GitHub' }]),
      });
      render(<ConnectionsSection organization={acme('member')} />);
      expect(await screen.findByText('Connected as octo (token …9f3a)')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /GitHub/ })).toBeNull();
      expect(server.calls.some((c) => c.url.pathname === '/api/v1/auth/providers')).toBe(false);
    });

    it('says GitHub is connected after coming back, and takes the outcome out of the address', async () => {
      window.history.replaceState(null, '', '/orgs/org-acme?github=connected');
      fakeApi({
        'GET /api/v1/orgs/org-acme/connections': () => json(200, [github]),
        'GET /api/v1/auth/providers': () => json(200, [{ id: 'github', name: 'GitHub' }]),
      });
      render(<ConnectionsSection organization={acme('owner')} />);

      expect(await screen.findByRole('status')).toHaveTextContent('GitHub is connected.');
      const row = await screen.findByTestId('connection-github');
      expect(await within(row).findByRole('button', { name: 'Reconnect with GitHub' })).toBeInTheDocument();
      expect(window.location.pathname + window.location.search).toBe('/orgs/org-acme');
    });

    it('says why GitHub was not connected', async () => {
      window.history.replaceState(null, '', '/orgs/org-acme?tab=x&github=error&reason=denied');
      fakeApi({ 'GET /api/v1/orgs/org-acme/connections': () => json(200, []) });
      render(<ConnectionsSection organization={acme('owner')} />);

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'GitHub was not connected: the authorization was cancelled at GitHub.',
      );
      expect(window.location.search).toBe('?tab=x');
    });

    it('falls back to a general message for a reason it does not know', async () => {
      window.history.replaceState(null, '', '/orgs/org-acme?github=error&reason=something-new');
      fakeApi({ 'GET /api/v1/orgs/org-acme/connections': () => json(200, []) });
      render(<ConnectionsSection organization={acme('owner')} />);

      expect(await screen.findByRole('alert')).toHaveTextContent('GitHub was not connected. Start again, or paste a token.');
    });
  });
});
