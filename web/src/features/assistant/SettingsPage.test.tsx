import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../shared/ui/Toasts';
import { json, noContent } from '../../test/fakeApi';
import { assistantServer } from './testServer';
import { browserTimeZone } from './timeZones';

vi.mock('../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: { id: 'u1', email: 'ana@acme.test' }, signOut: vi.fn() }),
}));

const { AssistantSettingsPage } = await import('./SettingsPage');

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/assistant/settings']}>
      <ToastProvider>
        <AssistantSettingsPage />
      </ToastProvider>
    </MemoryRouter>,
  );
}

const FEED_URL = 'https://vectort.test/api/v1/assistant/calendar/abc123.ics';

describe('Assistant settings', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('saves the time zone and quiet hours', async () => {
    const { state, api } = assistantServer();
    state.settings = { timeZone: 'Europe/Paris', quietHours: null };
    renderPage();
    const zone = await screen.findByLabelText('Time zone');
    expect(zone).toHaveValue('Europe/Paris');

    fireEvent.change(zone, { target: { value: 'atlantis/nowhere' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Choose a time zone from the list.')).toBeInTheDocument();
    expect(api.requests('PUT', '/api/v1/assistant/settings')).toHaveLength(0);

    // Forgiving: the case does not matter.
    fireEvent.change(zone, { target: { value: 'america/new_york' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Quiet hours' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '21:30' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '07:15' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(api.requests('PUT', '/api/v1/assistant/settings')[0].body).toEqual({
      timeZone: 'America/New_York',
      quietHours: { start: '21:30', end: '07:15' },
    });
    expect(zone).toHaveValue('America/New_York');
  });

  it('offers the browser zone while the settings are the untouched default', async () => {
    const { state } = assistantServer();
    state.settings = { timeZone: 'UTC', quietHours: null };
    renderPage();
    expect(await screen.findByLabelText('Time zone')).toHaveValue(browserTimeZone());
  });

  it('shows a field error from the server', async () => {
    const { api } = assistantServer();
    api.on('PUT /api/v1/assistant/settings', () =>
      json(400, {
        type: 'x',
        title: 'Invalid',
        status: 400,
        detail: 'invalid',
        code: 'validation',
        errors: [{ field: 'quietHours.start', code: 'invalid-time', message: 'must be a local time such as 22:00' }],
      }),
    );
    renderPage();
    await screen.findByLabelText('Time zone');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Quiet hours' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(await screen.findByText('must be a local time such as 22:00')).toBeInTheDocument();
  });

  it('explains that email is unavailable and saves push and the check-ins', async () => {
    const { state, api } = assistantServer();
    state.settings = {
      timeZone: 'Europe/Paris',
      quietHours: { start: '22:00', end: '07:00' },
      channels: { inApp: true, email: false, push: true, emailAvailable: false, emailVerified: true },
      checkIns: { morningPlanAt: null, eveningCheckInAt: '21:00' },
    };
    renderPage();
    await screen.findByRole('checkbox', { name: 'By email' });
    const channels = screen.getByTestId('assistant-channels');
    expect(within(channels).getByRole('checkbox', { name: 'In the app' })).toBeDisabled();
    expect(within(channels).getByRole('checkbox', { name: 'By email' })).toBeDisabled();
    expect(within(channels).getByText('Email is not set up on this server, so it cannot be chosen.')).toBeInTheDocument();

    fireEvent.click(within(channels).getByRole('checkbox', { name: 'Push notifications' }));
    const checkIns = screen.getByTestId('assistant-checkins');
    expect(within(checkIns).getByLabelText('Evening check-in at')).toHaveValue('21:00');
    expect(within(checkIns).queryByLabelText('Morning plan at')).not.toBeInTheDocument();
    fireEvent.click(within(checkIns).getByRole('checkbox', { name: 'Morning plan' }));
    fireEvent.change(within(checkIns).getByLabelText('Morning plan at'), { target: { value: '07:45' } });
    fireEvent.click(within(checkIns).getByRole('checkbox', { name: 'Evening check-in' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    });

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(api.requests('PUT', '/api/v1/assistant/settings')[0].body).toEqual({
      timeZone: 'Europe/Paris',
      quietHours: { start: '22:00', end: '07:00' },
      channels: { email: false, push: false },
      checkIns: { morningPlanAt: '07:45', eveningCheckInAt: null },
    });
  });

  it('lets email be chosen when the server can send it, and says to verify the address first', async () => {
    const { state, api } = assistantServer();
    state.settings = {
      timeZone: 'UTC',
      quietHours: null,
      channels: { inApp: true, email: false, push: true, emailAvailable: true, emailVerified: false },
      checkIns: { morningPlanAt: null, eveningCheckInAt: null },
    };
    renderPage();
    await screen.findByRole('checkbox', { name: 'By email' });
    const channels = screen.getByTestId('assistant-channels');
    expect(within(channels).getByText('Verify your email address first: until then no email is sent.')).toBeInTheDocument();
    fireEvent.click(within(channels).getByRole('checkbox', { name: 'By email' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    });
    await screen.findByText('Settings saved.');
    const body = api.requests('PUT', '/api/v1/assistant/settings')[0].body as { channels: unknown };
    expect(body.channels).toEqual({ email: true, push: true });
  });

  it("shows the server's complaint about a check-in time next to it", async () => {
    const { state, api } = assistantServer();
    state.settings = {
      timeZone: 'UTC',
      quietHours: null,
      channels: { inApp: true, email: false, push: true, emailAvailable: false, emailVerified: false },
      checkIns: { morningPlanAt: null, eveningCheckInAt: '21:00' },
    };
    api.on('PUT /api/v1/assistant/settings', () =>
      json(400, {
        type: 'x',
        title: 'Invalid',
        status: 400,
        detail: 'invalid',
        code: 'validation',
        errors: [{ field: 'checkIns.eveningCheckInAt', code: 'invalid-time', message: 'must be a local time such as 22:00' }],
      }),
    );
    renderPage();
    const checkIns = await screen.findByTestId('assistant-checkins');
    await act(async () => {
      fireEvent.click(within(checkIns).getByRole('button', { name: 'Save choices' }));
    });
    expect(await within(checkIns).findByText('must be a local time such as 22:00')).toBeInTheDocument();
  });

  it('creates, copies and turns off the calendar link', async () => {
    const { api } = assistantServer();
    let feed: { url: string | null; createdAt: string | null } = { url: null, createdAt: null };
    api.on('GET /api/v1/assistant/calendar-feed', () => json(200, feed));
    api.on('POST /api/v1/assistant/calendar-feed', () => {
      feed = { url: FEED_URL, createdAt: '2026-12-04T14:00:00Z' };
      return json(200, feed);
    });
    api.on('DELETE /api/v1/assistant/calendar-feed', () => noContent());
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPage();
    const section = await screen.findByTestId('calendar-feed');
    const create = await within(section).findByRole('button', { name: 'Create a calendar link' });
    await act(async () => {
      fireEvent.click(create);
    });
    expect(await within(section).findByLabelText('Calendar link')).toHaveValue(FEED_URL);
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Copy link' }));
    });
    expect(writeText).toHaveBeenCalledWith(FEED_URL);
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();

    fireEvent.click(within(section).getByRole('button', { name: 'Turn off' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('The current link stops working at once.');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Turn off' }));
    });
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Create a calendar link' })).toBeInTheDocument());
    expect(api.requests('DELETE', '/api/v1/assistant/calendar-feed')).toHaveLength(1);
  });

  it('knows a link exists without showing it again, and a new one is shown whole', async () => {
    const { api } = assistantServer();
    api.on('GET /api/v1/assistant/calendar-feed', () => json(200, { url: null, createdAt: '2026-12-01T09:00:00Z' }));
    api.on('POST /api/v1/assistant/calendar-feed', () =>
      json(200, { url: '/api/v1/assistant/calendar.ics?token=new', createdAt: '2026-12-04T14:00:00Z' }),
    );
    renderPage();
    const section = await screen.findByTestId('calendar-feed');
    expect(await within(section).findByText(/A calendar link is on/)).toBeInTheDocument();
    expect(within(section).queryByLabelText('Calendar link')).not.toBeInTheDocument();

    fireEvent.click(within(section).getByRole('button', { name: 'New link' }));
    const dialog = await screen.findByRole('dialog');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'New link' }));
    });
    expect(await within(section).findByLabelText('Calendar link')).toHaveValue(
      `${window.location.origin}/api/v1/assistant/calendar.ics?token=new`,
    );
  });

  it('says so when the server has no calendar feed yet', async () => {
    assistantServer();
    renderPage();
    expect(await screen.findByText('The calendar feed is not available on this server yet.')).toBeInTheDocument();
  });
});
