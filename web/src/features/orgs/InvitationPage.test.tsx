import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ORGANIZATION_KEY } from '../../shared/org/savedOrganization';
import type { Organization } from '../../shared/org/types';
import { fakeApi, json, problem } from '../../test/fakeApi';

vi.mock('../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: { id: 'u9', email: 'bo@acme.test' }, signOut: vi.fn() }),
}));

const { InvitationPage } = await import('./InvitationPage');
const { OrganizationProvider } = await import('../../shared/org/OrganizationContext');
const { api } = await import('../../shared/api/endpoints');

const PERSONAL: Organization = {
  id: 'u9',
  name: 'bo@acme.test',
  slug: 'bo',
  personal: true,
  role: 'owner',
  plan: 'free',
  memberCount: 1,
  createdAt: '2026-12-01T00:00:00Z',
};
const ACME: Organization = {
  ...PERSONAL,
  id: 'org-acme',
  name: 'Acme',
  slug: 'acme',
  personal: false,
  role: 'member',
  memberCount: 4,
};

const PREVIEW = {
  email: 'bo@acme.test',
  role: 'member',
  invitedBy: 'ana@acme.test',
  expiresAt: '2026-12-20T10:00:00Z',
  organization: { id: 'org-acme', name: 'Acme', slug: 'acme' },
};

/** The server: my organisations grow by the one whose invitation I accept. */
function server(routes: Parameters<typeof fakeApi>[0] = {}) {
  const mine = [PERSONAL];
  return fakeApi({
    'GET /api/v1/orgs': () => json(200, { items: mine }),
    'POST /api/v1/invitations/tok-1/accept': () => {
      mine.push(ACME);
      return json(200, ACME);
    },
    'GET /api/v1/invitations/tok-1': () => json(200, PREVIEW),
    ...routes,
  });
}

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/invitations/tok-1']}>
      <OrganizationProvider>
        <Routes>
          <Route path="/invitations/:token" element={<InvitationPage />} />
          <Route path="/projects" element={<p>Projects page</p>} />
        </Routes>
      </OrganizationProvider>
    </MemoryRouter>,
  );
}

describe('InvitationPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    api.setOrganization(null);
  });

  it('says what the invitation is for, joins, and then works in the new organisation', async () => {
    const fake = server();
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Join Acme as Member' })).toBeInTheDocument();
    expect(screen.getByText('Invited by ana@acme.test.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Accept and join' }));
    expect(await screen.findByText('Projects page')).toBeInTheDocument();
    expect(fake.requests('POST', '/api/v1/invitations/tok-1/accept')).toHaveLength(1);
    expect(localStorage.getItem(ORGANIZATION_KEY)).toBe('org-acme');
    expect(api.organization()).toBe('org-acme');
    // The list is loaded again (without the header) and still has the new organisation as the current one.
    await waitFor(() => expect(fake.requests('GET', '/api/v1/orgs')).toHaveLength(2));
    expect(fake.requests('GET', '/api/v1/orgs')[1].headers.get('Vectort-Organization')).toBeNull();
    expect(api.organization()).toBe('org-acme');
  });

  it('explains an invitation sent to another email address, and offers another account', async () => {
    server({
      'POST /api/v1/invitations/tok-1/accept': () =>
        problem(403, 'invitation-email-mismatch', 'This invitation was sent to another address.'),
    });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Accept and join' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('This invitation is for someone else');
    expect(alert).toHaveTextContent('It was sent to bo@acme.test. Sign in with that address to accept it.');
    expect(within(alert).getByRole('button', { name: 'Sign in with another account' })).toBeInTheDocument();
    expect(localStorage.getItem(ORGANIZATION_KEY)).toBe('u9');
  });

  it('says when an invitation has expired', async () => {
    server({ 'GET /api/v1/invitations/tok-1': () => problem(410, 'invitation-expired', 'Expired on 2026-12-01.') });
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This invitation has expired');
    expect(alert).toHaveTextContent('Ask the person who invited you for a new one.');
    expect(screen.queryByRole('button', { name: 'Accept and join' })).not.toBeInTheDocument();
  });

  it('says when an invitation does not exist (any more)', async () => {
    server({ 'GET /api/v1/invitations/tok-1': () => problem(404, 'not-found') });
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Invitation not found');
    expect(alert).toHaveTextContent('withdrawn or already used');
  });
});
