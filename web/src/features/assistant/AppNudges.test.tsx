import { act, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json } from '../../test/fakeApi';
import { assistantServer, nudge } from './testServer';

vi.mock('../../shared/auth/session', () => ({
  SessionProvider: ({ children }: { children: ReactNode }) => children,
  useSession: () => ({
    status: 'signed-in',
    user: { id: 'u1', email: 'ana@acme.test' },
    expired: false,
    signIn: vi.fn(),
    signOut: vi.fn(),
  }),
}));

const { App } = await import('../../app/App');

/** The whole app on a page that is not the Assistant's, with the Assistant's fake server. */
function start(path: string) {
  const server = assistantServer();
  server.api.on('GET /api/v1/orgs', () => json(200, { items: [] }));
  server.api.on('GET /api/v1/projects', () => json(200, { items: [], page: 0, size: 200, totalItems: 0 }));
  window.history.pushState({}, '', path);
  render(<App />);
  return server;
}

describe('nudges on every page', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    window.history.pushState({}, '', '/');
  });

  it('shows a nudge that comes due while the person is on the projects page, and Done acknowledges it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { state, api } = start('/projects');
    await screen.findByText('No projects yet');
    await waitFor(() => expect(api.requests('GET', '/api/v1/assistant/notifications').length).toBeGreaterThan(0));
    expect(screen.queryByRole('complementary', { name: 'Reminders' })).not.toBeInTheDocument();

    state.nudges = [nudge('n1', 'r1', 'take the pills')];
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    const region = await screen.findByRole('complementary', { name: 'Reminders' });
    const banner = within(region).getByRole('status');
    expect(banner).toHaveTextContent('Reminder: take the pills');

    api.on('POST /api/v1/assistant/notifications/n1/ack', () => {
      state.nudges = [{ ...state.nudges[0], acknowledgedAt: '2026-12-04T14:01:00Z' }];
      return json(200, state.nudges[0]);
    });
    await act(async () => {
      within(banner).getByRole('button', { name: 'Done' }).click();
    });
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Reminders' })).not.toBeInTheDocument());
    expect(api.requests('POST', '/api/v1/assistant/notifications/n1/ack')).toHaveLength(1);
  });

  it('leaves the Assistant pages to their own inline banners: one banner, one poller', async () => {
    const { state, api } = start('/assistant/memory');
    state.nudges = [nudge('n1', 'r1', 'stretch')];
    expect(await screen.findByTestId('nudge')).toHaveTextContent('Reminder: stretch');
    expect(screen.getAllByTestId('nudge')).toHaveLength(1);
    expect(screen.queryByRole('complementary', { name: 'Reminders' })).not.toBeInTheDocument();
    const polls = api.requests('GET', '/api/v1/assistant/notifications').length;
    expect(polls).toBe(1);
  });
});
