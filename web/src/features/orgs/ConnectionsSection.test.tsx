import { fireEvent, render, screen, within } from '@testing-library/react';
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

const github = { kind: 'github', tokenHint: '…9f3a', account: 'octo', scopes: ['repo'], createdBy: 'u1', createdAt: '2026-12-04T10:00:00Z' };

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
});
