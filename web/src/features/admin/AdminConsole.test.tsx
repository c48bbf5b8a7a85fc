import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem, type Call } from '../../test/fakeApi';
import { ToastProvider } from '../../shared/ui/Toasts';
import type { AdminOrganization, UsageOverview } from './api';

vi.mock('../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: { id: 'u1', email: 'root@host.test', platformAdmin: true }, signOut: vi.fn() }),
}));

const { default: AdminConsole } = await import('./AdminConsole');

const overview: UsageOverview = {
  from: '2026-11-06',
  to: '2026-12-05',
  totals: { calls: 1200, costUsd: 1500.5, chargedUsd: 1800, marginUsd: 299.5 },
  organizations: [
    { orgId: 'o1', name: 'Acme Robotics', calls: 1000, costUsd: 1200.25, chargedUsd: 1500, marginUsd: 299.75 },
    { orgId: 'o2', name: 'Zeta Labs', calls: 200, costUsd: 300.25, chargedUsd: 300, marginUsd: -0.25 },
  ],
  days: [
    { day: '2026-12-04', calls: 700, costUsd: 800, chargedUsd: 900 },
    { day: '2026-12-05', calls: 500, costUsd: 700.5, chargedUsd: 900 },
  ],
  models: [{ model: 'gpt-4.1', calls: 1200, failedCalls: 3, costUsd: 1500.5 }],
  rolledUpTo: '2026-12-05T04:00:00Z',
};

const acme: AdminOrganization = {
  id: 'o1',
  name: 'Acme Robotics',
  slug: 'acme',
  personal: false,
  memberCount: 4,
  createdAt: '2026-10-01T00:00:00Z',
  suspended: false,
  suspensionReason: null,
  plan: 'starter',
  availableCredits: 2500,
  costUsd30Days: 1200.25,
};

function renderAt(path: string) {
  return render(
    <ToastProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/admin/*" element={<AdminConsole />} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
  );
}

describe('the admin console', () => {
  it('shows the cost, charges and margin of each organisation, and asks for the chosen period', async () => {
    const server = fakeApi({ 'GET /api/v1/admin/overview': () => json(200, overview) });
    renderAt('/admin');
    const table = await screen.findByTestId('admin-cost-per-org');
    const rows = within(table).getAllByTestId('admin-org-row');
    expect(rows[0]).toHaveTextContent('Acme Robotics');
    expect(rows[0]).toHaveTextContent('$1,200.25');
    expect(rows[0]).toHaveTextContent('$1,500.00');
    expect(rows[1]).toHaveTextContent('Zeta Labs');
    expect(within(rows[1]).getByText('-$0.25')).toHaveClass('text-danger');
    expect(screen.getByTestId('admin-total-cost')).toHaveTextContent('$1,500.50');
    expect(screen.getByText('gpt-4.1')).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Cost per organisation' })).toBeInTheDocument();
    expect(server.calls[server.calls.length - 1].url.searchParams.get('days')).toBe('30');

    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '7' } });
    await waitFor(() => expect(server.calls.some((c) => c.url.searchParams.get('days') === '7')).toBe(true));
  });

  it('says what went wrong when the overview cannot load', async () => {
    fakeApi({ 'GET /api/v1/admin/overview': () => problem(503, 'database-unavailable', 'The database is unavailable') });
    renderAt('/admin');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  it('adjusts credits with a reason and suspends an organisation, showing the result', async () => {
    let current = acme;
    const server = fakeApi({
      'GET /api/v1/admin/organizations/o1': () =>
        json(200, {
          organization: current,
          days: overview.days,
          plans: [
            { id: 'free', name: 'Free' },
            { id: 'starter', name: 'Starter' },
            { id: 'pro', name: 'Pro' },
          ],
        }),
      'POST /api/v1/admin/organizations/o1/credits': ({ body }: Call) => {
        const { credits } = body as { credits: string };
        current = { ...current, availableCredits: current.availableCredits + Number(credits) };
        return json(200, current);
      },
      'POST /api/v1/admin/organizations/o1/suspension': ({ body }: Call) => {
        current = { ...current, suspended: true, suspensionReason: (body as { reason: string }).reason };
        return json(200, current);
      },
    });
    renderAt('/admin/organizations/o1');
    expect(await screen.findByTestId('admin-organization-name')).toHaveTextContent('Acme Robotics');
    expect(screen.getByTestId('admin-organization-credits')).toHaveTextContent('2,500');

    fireEvent.change(screen.getByLabelText(/^Credits/), { target: { value: '-12.5' } });
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Refund reversed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Adjust credits' }));
    await waitFor(() => expect(screen.getByTestId('admin-organization-credits')).toHaveTextContent('2,487.5'));
    const adjust = server.calls.find((c) => c.url.pathname.endsWith('/credits'));
    expect(adjust?.body).toEqual({ credits: '-12.5', reason: 'Refund reversed' });

    fireEvent.change(screen.getByLabelText('Reason for suspending'), { target: { value: 'Unpaid invoices' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suspend' }));
    expect(await screen.findByText('Suspended: Unpaid invoices')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lift suspension' })).toBeInTheDocument();
  });

  it('searches organisations by name', async () => {
    const server = fakeApi({
      'GET /api/v1/admin/organizations': ({ url }: Call) =>
        json(200, { items: url.searchParams.get('q') === 'acme' ? [acme] : [], page: 0, size: 25 }),
    });
    renderAt('/admin/organizations');
    expect(await screen.findByText('No organisation matches.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Name or slug'), { target: { value: 'acme' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('link', { name: 'Acme Robotics' })).toHaveAttribute('href', '/admin/organizations/o1');
    expect(server.calls.some((c) => c.url.searchParams.get('q') === 'acme')).toBe(true);
  });
});
