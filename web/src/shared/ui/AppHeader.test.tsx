import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

const session = vi.hoisted(() => ({ user: { id: 'u1', email: 'ana@acme.test', platformAdmin: false } }));
const organizations = vi.hoisted(() => ({ current: { id: 'o1', name: 'Acme', suspended: false } }));

vi.mock('../auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: session.user, signOut: vi.fn() }),
}));
vi.mock('../org/OrganizationContext', () => ({
  useOrganizations: () => ({
    status: 'ready',
    list: [organizations.current],
    current: organizations.current,
    choose: vi.fn(),
    reload: vi.fn(),
  }),
}));
vi.mock('../org/OrgSwitcher', () => ({ OrgSwitcher: () => null }));

const { AppHeader } = await import('./AppHeader');

function renderHeader() {
  return render(
    <MemoryRouter>
      <AppHeader />
    </MemoryRouter>,
  );
}

describe('the top bar', () => {
  it('shows the admin console only to platform admins', () => {
    const { unmount } = renderHeader();
    expect(screen.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
    unmount();
    session.user = { ...session.user, platformAdmin: true };
    renderHeader();
    expect(screen.getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
  });

  it('says when the current organisation is suspended', () => {
    organizations.current = { ...organizations.current, suspended: true };
    renderHeader();
    expect(screen.getByTestId('suspended-banner')).toHaveTextContent("Acme is suspended by the platform's administrators");
  });
});
