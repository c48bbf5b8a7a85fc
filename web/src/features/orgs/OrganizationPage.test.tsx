import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../shared/org/roles';
import type { Organization } from '../../shared/org/types';
import { fakeApi, json, noContent, problem } from '../../test/fakeApi';
import type { Invitation, Member } from './api';

vi.mock('../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: { id: 'u1', email: 'ana@acme.test' }, signOut: vi.fn() }),
}));

const { OrganizationPage } = await import('./OrganizationPage');

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

const member = (userId: string, email: string, role: Role): Member => ({
  userId,
  email,
  role,
  joinedAt: '2026-12-02T10:00:00Z',
});

const invitation = (id: string, email: string, role: Role, extra: Partial<Invitation> = {}): Invitation => ({
  id,
  email,
  role,
  invitedBy: 'ana@acme.test',
  expiresAt: '2026-12-20T10:00:00Z',
  createdAt: '2026-12-06T10:00:00Z',
  ...extra,
});

function server(
  role: Role,
  members: Member[] = [
    member('u1', 'ana@acme.test', role),
    member('u2', 'bo@acme.test', 'member'),
    member('u3', 'cy@acme.test', 'owner'),
  ],
) {
  return fakeApi({
    'GET /api/v1/orgs/acme': () => json(200, acme(role)),
    'GET /api/v1/orgs/org-acme/members': () => json(200, { items: members }),
    'GET /api/v1/orgs/org-acme/invitations': () => json(200, { items: [invitation('i0', 'old@acme.test', 'member')] }),
    'GET /api/v1/orgs/org-acme/connections': () => json(200, []),
  });
}

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/orgs/acme']}>
      <Routes>
        <Route path="/orgs/:org" element={<OrganizationPage />} />
        <Route path="/projects" element={<p>Projects page</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

const optionsOf = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('OrganizationPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('invites someone and shows the link to accept it, and whether it was emailed', async () => {
    const api = server('admin');
    let sent = 0;
    api.on('POST /api/v1/orgs/org-acme/invitations', ({ body }) => {
      const { email, role } = body as { email: string; role: Role };
      sent++;
      return json(
        201,
        invitation(`i${sent}`, email, role, {
          acceptUrl: `https://vectort.example/invitations/tok-${sent}`,
          emailSent: sent > 1,
        }),
      );
    });
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderPage();

    const section = await screen.findByTestId('org-invitations');
    expect(await within(section).findAllByTestId('invitation-row')).toHaveLength(1);
    const form = within(section).getByRole('form', { name: 'Invite someone' });
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'dee@acme.test' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'viewer' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send invitation' }));

    const result = await within(section).findByTestId('invite-result');
    expect(within(result).getByLabelText('Invitation link')).toHaveValue('https://vectort.example/invitations/tok-1');
    expect(result).toHaveTextContent('Invitation for dee@acme.test created.');
    expect(within(result).getByTestId('invite-email-sent')).toHaveTextContent('No email was sent');
    expect(api.requests('POST', '/api/v1/orgs/org-acme/invitations')[0].body).toEqual({ email: 'dee@acme.test', role: 'viewer' });
    expect(within(section).getAllByTestId('invitation-row')).toHaveLength(2);
    expect(within(form).getByLabelText('Email')).toHaveValue('');

    fireEvent.click(within(result).getByRole('button', { name: 'Copy link' }));
    expect(await within(result).findByText('Link copied.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('https://vectort.example/invitations/tok-1');

    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'eve@acme.test' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send invitation' }));
    await waitFor(() =>
      expect(within(section).getByLabelText('Invitation link')).toHaveValue('https://vectort.example/invitations/tok-2'),
    );
    expect(within(section).getByTestId('invite-email-sent')).toHaveTextContent('We emailed the link to eve@acme.test.');
  });

  it('withdraws a pending invitation', async () => {
    const api = server('admin');
    api.on('DELETE /api/v1/orgs/org-acme/invitations/i0', () => noContent());
    renderPage();
    const section = await screen.findByTestId('org-invitations');
    fireEvent.click(await within(section).findByRole('button', { name: 'Withdraw the invitation for old@acme.test' }));
    await waitFor(() => expect(within(section).queryAllByTestId('invitation-row')).toHaveLength(0));
    expect(within(section).getByText('No pending invitations.')).toBeInTheDocument();
    expect(api.requests('DELETE', '/api/v1/orgs/org-acme/invitations/i0')).toHaveLength(1);
  });

  it('lets an admin change roles but never offers owner, nor touches an owner', async () => {
    const api = server('admin');
    api.on('PATCH /api/v1/orgs/org-acme/members/u2', ({ body }) =>
      json(200, { ...member('u2', 'bo@acme.test', 'member'), ...(body as object) }),
    );
    renderPage();
    const members = await screen.findByTestId('org-members');
    const bo = await within(members).findByLabelText('Role of bo@acme.test');
    expect(optionsOf(bo)).toEqual(['Viewer', 'Member', 'Admin']);
    expect(within(members).queryByLabelText('Role of cy@acme.test')).not.toBeInTheDocument();
    const cy = within(members).getAllByTestId('member-row')[2];
    expect(within(cy).getByTestId('member-role')).toHaveTextContent('Owner');
    expect(within(cy).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(optionsOf(within(screen.getByTestId('org-invitations')).getByLabelText('Role'))).toEqual([
      'Viewer',
      'Member',
      'Admin',
    ]);

    fireEvent.change(bo, { target: { value: 'admin' } });
    await waitFor(() => expect(bo).toHaveValue('admin'));
    expect(api.requests('PATCH', '/api/v1/orgs/org-acme/members/u2').map((c) => c.body)).toEqual([{ role: 'admin' }]);
  });

  it('offers owner to owners', async () => {
    server('owner', [member('u1', 'ana@acme.test', 'owner'), member('u2', 'bo@acme.test', 'member')]);
    renderPage();
    const bo = await screen.findByLabelText('Role of bo@acme.test');
    expect(optionsOf(bo)).toEqual(['Viewer', 'Member', 'Admin', 'Owner']);
  });

  it('shows the server detail when the last owner would be demoted, and keeps the role', async () => {
    const api = server('owner', [member('u1', 'ana@acme.test', 'owner'), member('u2', 'bo@acme.test', 'member')]);
    api.on('PATCH /api/v1/orgs/org-acme/members/u1', () =>
      problem(409, 'last-owner', 'Acme must keep an owner: ana@acme.test is the last one.'),
    );
    renderPage();
    const mine = await screen.findByLabelText('Role of ana@acme.test');
    fireEvent.change(mine, { target: { value: 'admin' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Acme must keep an owner: ana@acme.test is the last one.');
    expect(mine).toHaveValue('owner');
    expect(api.requests('PATCH', '/api/v1/orgs/org-acme/members/u1').map((c) => c.body)).toEqual([{ role: 'admin' }]);
  });

  it('shows the last-owner detail when the last owner tries to leave', async () => {
    const api = server('owner', [member('u1', 'ana@acme.test', 'owner')]);
    api.on('DELETE /api/v1/orgs/org-acme/members/u1', () => problem(409, 'last-owner', 'You are the last owner of Acme.'));
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Leave organisation' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave Acme?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Leave' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You are the last owner of Acme.');
  });

  it('deletes the organisation only once its name is typed', async () => {
    const api = server('owner');
    api.on('DELETE /api/v1/orgs/org-acme', () => noContent());
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete organisation' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Acme?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete for good' });
    const typed = within(dialog).getByLabelText('Type Acme to confirm');
    expect(typed).toHaveFocus();
    expect(confirm).toBeDisabled();
    fireEvent.change(typed, { target: { value: 'acme' } });
    expect(confirm).toBeDisabled();
    fireEvent.submit(confirm.closest('form')!);
    expect(api.requests('DELETE', '/api/v1/orgs/org-acme')).toHaveLength(0);
    fireEvent.change(typed, { target: { value: 'Acme' } });
    expect(confirm).toBeEnabled();
    fireEvent.click(confirm);
    expect(await screen.findByText('Projects page')).toBeInTheDocument();
    expect(api.requests('DELETE', '/api/v1/orgs/org-acme')).toHaveLength(1);
  });

  it('shows a member the organisation without the controls of admins', async () => {
    const api = server('member');
    renderPage();
    const members = await screen.findByTestId('org-members');
    await within(members).findAllByTestId('member-row');
    expect(within(members).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(members).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('org-invitations')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Name')).not.toBeInTheDocument();
    expect(screen.getByText('Your role: Member')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave organisation' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete organisation' })).not.toBeInTheDocument();
    expect(api.requests('GET', '/api/v1/orgs/org-acme/invitations')).toHaveLength(0);
  });

  it('renames the organisation and shows a taken slug in the server words', async () => {
    const api = server('admin');
    api.on('PATCH /api/v1/orgs/org-acme', ({ body }) =>
      (body as { slug?: string }).slug === 'taken'
        ? problem(409, 'slug-taken', 'The slug “taken” is already used.')
        : json(200, { ...acme('admin'), ...(body as object) }),
    );
    renderPage();
    const settings = await screen.findByTestId('org-settings');
    fireEvent.change(within(settings).getByLabelText('Slug'), { target: { value: 'taken' } });
    fireEvent.click(within(settings).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(within(settings).getByLabelText('Slug')).toHaveAccessibleDescription('The slug “taken” is already used.'),
    );
    fireEvent.change(within(settings).getByLabelText('Slug'), { target: { value: 'acme' } });
    fireEvent.change(within(settings).getByLabelText('Name'), { target: { value: 'Acme Inc' } });
    fireEvent.click(within(settings).getByRole('button', { name: 'Save' }));
    expect(await within(settings).findByText('Saved.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Acme Inc');
    expect(api.requests('PATCH', '/api/v1/orgs/org-acme').map((c) => c.body)).toEqual([{ slug: 'taken' }, { name: 'Acme Inc' }]);
  });
});
