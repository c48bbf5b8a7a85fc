import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ORGANIZATION_HEADER } from '../shared/api/client';
import { ORGANIZATION_KEY } from '../shared/org/savedOrganization';
import type { Organization } from '../shared/org/types';
import { fakeApi, json, problem } from '../test/fakeApi';

const session = vi.hoisted(() => ({ status: 'signed-in' }));
vi.mock('../shared/auth/session', () => ({
  SessionProvider: ({ children }: { children: ReactNode }) => children,
  useSession: () => ({
    status: session.status,
    user: session.status === 'signed-in' ? { id: 'u1', email: 'ana@acme.test' } : null,
    expired: false,
    signIn: vi.fn(),
    signOut: vi.fn(),
  }),
}));

const { App } = await import('./App');
const { nextPath } = await import('../features/auth/nextPath');

const org = (id: string, name: string, role: Organization['role'], personal = false): Organization => ({
  id,
  name,
  slug: personal ? 'ana' : name.toLowerCase().replace(/\s+/g, '-'),
  personal,
  role,
  plan: 'free',
  memberCount: personal ? 1 : 3,
  createdAt: '2026-12-01T00:00:00Z',
});

const PERSONAL = org('u1', 'ana@acme.test', 'owner', true);
const ACME = org('org-acme', 'Acme', 'admin');
const BETA = org('org-beta', 'Beta', 'viewer');

function server(organizations: Organization[] = [PERSONAL, ACME, BETA]) {
  const list = [...organizations];
  const api = fakeApi({
    'GET /api/v1/orgs': () => json(200, { items: list }),
    'GET /api/v1/projects': () => json(200, { items: [], page: 0, size: 200, totalItems: 0 }),
  });
  const projectRequests = () => api.requests('GET', '/api/v1/projects');
  return {
    ...api,
    list,
    projectRequests,
    lastOrgHeader: () => projectRequests().at(-1)?.headers.get(ORGANIZATION_HEADER) ?? null,
  };
}

function start(path = '/projects') {
  window.history.pushState({}, '', path);
  return render(<App />);
}

describe('organisations in the app', () => {
  beforeEach(() => {
    localStorage.clear();
    session.status = 'signed-in';
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.pushState({}, '', '/');
  });

  it('lists my organisations with my role, and switching reloads the page in the new one', async () => {
    const api = server();
    start();
    await screen.findByText('No projects yet');
    expect(api.projectRequests()).toHaveLength(1);
    expect(api.lastOrgHeader()).toBeNull();
    // The list itself is asked for without naming any organisation.
    expect(api.requests('GET', '/api/v1/orgs')[0].headers.get(ORGANIZATION_HEADER)).toBeNull();

    const switcher = screen.getByRole('button', { name: 'Organisation: Personal' });
    fireEvent.click(switcher);
    const menu = screen.getByRole('menu', { name: 'Organisations' });
    const items = within(menu).getAllByRole('menuitemradio');
    expect(items.map((i) => i.textContent)).toEqual(['✓PersonalOwner', 'AcmeAdmin', 'BetaViewer']);
    expect(items[0]).toHaveAttribute('aria-checked', 'true');

    fireEvent.click(within(menu).getByRole('menuitemradio', { name: /Acme/ }));
    await waitFor(() => expect(api.projectRequests()).toHaveLength(2));
    expect(api.lastOrgHeader()).toBe('org-acme');
    expect(localStorage.getItem(ORGANIZATION_KEY)).toBe('org-acme');
    expect(screen.getByRole('button', { name: 'Organisation: Acme' })).toBeInTheDocument();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Organisation: Acme' }));
    fireEvent.click(screen.getByRole('menuitemradio', { name: /Personal/ }));
    await waitFor(() => expect(api.projectRequests()).toHaveLength(3));
    expect(api.lastOrgHeader()).toBeNull();
  });

  it('comes back in the saved organisation, or in the personal one when it is gone', async () => {
    localStorage.setItem(ORGANIZATION_KEY, 'org-acme');
    let api = server();
    const first = start();
    await screen.findByRole('button', { name: 'Organisation: Acme' });
    await waitFor(() => expect(api.projectRequests()).toHaveLength(1));
    expect(api.lastOrgHeader()).toBe('org-acme');
    first.unmount();
    vi.unstubAllGlobals();

    localStorage.setItem(ORGANIZATION_KEY, 'org-deleted');
    api = server();
    start();
    await screen.findByRole('button', { name: 'Organisation: Personal' });
    await waitFor(() => expect(api.projectRequests()).toHaveLength(1));
    expect(api.lastOrgHeader()).toBeNull();
    expect(localStorage.getItem(ORGANIZATION_KEY)).toBe('u1');
  });

  it('opens, moves through and closes the menu with the keyboard', async () => {
    server();
    const user = userEvent.setup();
    start();
    await screen.findByText('No projects yet');
    const switcher = screen.getByRole('button', { name: 'Organisation: Personal' });
    switcher.focus();
    await user.keyboard('{ArrowDown}');
    expect(switcher).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menuitemradio', { name: /Personal/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitemradio', { name: /Acme/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Create organisation…' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(switcher).toHaveFocus();
    expect(switcher).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Create organisation…' })).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}{ArrowDown}{Enter}');
    // The page starts afresh in Beta, and the focus is back on the switcher.
    expect(await screen.findByRole('button', { name: 'Organisation: Beta' })).toHaveFocus();
  });

  it('offers members and audit only to admins and owners', async () => {
    localStorage.setItem(ORGANIZATION_KEY, 'org-acme');
    server();
    start();
    fireEvent.click(await screen.findByRole('button', { name: 'Organisation: Acme' }));
    expect(screen.getByRole('menuitem', { name: 'Members and settings' })).toHaveAttribute('href', '/orgs/acme');
    expect(screen.getByRole('menuitem', { name: 'Audit log' })).toHaveAttribute('href', '/orgs/acme/audit');

    fireEvent.click(screen.getByRole('menuitemradio', { name: /Beta/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Organisation: Beta' }));
    expect(screen.getByRole('menuitem', { name: 'About this organisation' })).toHaveAttribute('href', '/orgs/beta');
    expect(screen.queryByRole('menuitem', { name: 'Members and settings' })).not.toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Audit log' })).not.toBeInTheDocument();
  });

  it('lets a viewer read projects but not create one, and says why', async () => {
    localStorage.setItem(ORGANIZATION_KEY, 'org-beta');
    server();
    start();
    const create = await screen.findByRole('button', { name: 'New project' });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription('Viewers can read but not generate.');
    expect(await screen.findByRole('button', { name: 'Create your first project' })).toBeDisabled();
  });

  it('creates an organisation, shows a taken slug in the server words, and goes to its page', async () => {
    const api = server();
    const created = org('org-new', 'Acme Labs', 'owner');
    api.on('POST /api/v1/orgs', ({ body }) => {
      const { slug } = body as { slug?: string };
      if (slug === 'acme') return problem(409, 'slug-taken', 'The slug “acme” is already used.');
      api.list.push(created);
      return json(201, created);
    });
    api.on('GET /api/v1/orgs/acme-labs', () => json(200, created));
    api.on('GET /api/v1/orgs/org-new/members', () => json(200, { items: [] }));
    api.on('GET /api/v1/orgs/org-new/invitations', () => json(200, { items: [] }));
    start();
    await screen.findByText('No projects yet');
    fireEvent.click(screen.getByRole('button', { name: 'Organisation: Personal' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Create organisation…' }));
    const dialog = screen.getByRole('dialog', { name: 'Create an organisation' });
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Acme Labs' } });
    fireEvent.change(within(dialog).getByLabelText('Slug (optional)'), { target: { value: 'acme' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create organisation' }));
    const slug = within(dialog).getByLabelText('Slug (optional)');
    await waitFor(() => expect(slug).toHaveAccessibleDescription('The slug “acme” is already used.'));
    expect(slug).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(slug, { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create organisation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Labs' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/orgs/acme-labs');
    expect(screen.getByRole('button', { name: 'Organisation: Acme Labs' })).toBeInTheDocument();
    expect(api.requests('POST', '/api/v1/orgs').map((c) => c.body)).toEqual([
      { name: 'Acme Labs', slug: 'acme' },
      { name: 'Acme Labs' },
    ]);
    expect(localStorage.getItem(ORGANIZATION_KEY)).toBe('org-new');
  });

  it('sends a signed-out invitee to sign in, and back to the invitation after', async () => {
    session.status = 'signed-out';
    start('/invitations/tok-1');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/signin');
    expect(nextPath(window.location.search)).toBe('/invitations/tok-1');
  });
});
