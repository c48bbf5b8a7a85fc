import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json } from '../../test/fakeApi';
import type { Nudge } from './api';
import { NudgeBanners } from './NudgeBanners';
import { assistantServer, nudge, reminder } from './testServer';

describe('NudgeBanners', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows a nudge the poller finds, and Done acknowledges it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { state, api } = assistantServer();
    const handled = vi.fn();
    render(<NudgeBanners onHandled={handled} />);
    await waitFor(() => expect(api.requests('GET', '/api/v1/assistant/notifications')).toHaveLength(1));
    expect(screen.queryByTestId('nudge')).not.toBeInTheDocument();

    // The reminder fires on the server between two polls.
    state.nudges = [nudge('n1', 'r1', 'stretch')];
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    const banner = await screen.findByRole('status');
    expect(banner).toHaveTextContent('Reminder: stretch');

    api.on('POST /api/v1/assistant/notifications/n1/ack', () => {
      state.nudges = [{ ...state.nudges[0], acknowledgedAt: '2026-12-04T14:01:00Z' }];
      return json(200, state.nudges[0]);
    });
    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: 'Done' }));
    });
    await waitFor(() => expect(screen.queryByTestId('nudge')).not.toBeInTheDocument());
    expect(api.requests('POST', '/api/v1/assistant/notifications/n1/ack')).toHaveLength(1);
    expect(handled).toHaveBeenCalledTimes(1);

    // Acknowledged ones stay away on the next polls.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(screen.queryByTestId('nudge')).not.toBeInTheDocument();
  });

  it('words the repeat gently, shows one banner per occurrence, and snoozes then acknowledges', async () => {
    const { state, api } = assistantServer();
    const repeat: Nudge = nudge('n2', 'r1', 'stretch', 1);
    state.nudges = [repeat, nudge('n1', 'r1', 'stretch', 0)];
    api.on('POST /api/v1/assistant/reminders/r1/snooze', () => json(200, reminder('r1', 'stretch', '2026-12-04T14:11:00Z')));
    api.on('POST /api/v1/assistant/notifications/n2/ack', () => json(200, repeat));
    render(<NudgeBanners />);
    const banners = await screen.findAllByTestId('nudge');
    expect(banners).toHaveLength(1);
    expect(banners[0]).toHaveTextContent('Still on your list: stretch');
    await act(async () => {
      fireEvent.click(within(banners[0]).getByRole('button', { name: 'Snooze 10 min' }));
    });
    await waitFor(() => expect(screen.queryByTestId('nudge')).not.toBeInTheDocument());
    expect(api.requests('POST', '/api/v1/assistant/reminders/r1/snooze')[0].body).toEqual({ minutes: 10 });
    expect(api.requests('POST', '/api/v1/assistant/notifications/n2/ack')).toHaveLength(1);
    const order = api.calls.map((c) => c.url.pathname).filter((p) => p.includes('snooze') || p.includes('/ack'));
    expect(order).toEqual(['/api/v1/assistant/reminders/r1/snooze', '/api/v1/assistant/notifications/n2/ack']);
  });

  it('keeps the banner and says why when acknowledging fails', async () => {
    const { state, api } = assistantServer();
    state.nudges = [nudge('n1', 'r1', 'stretch')];
    api.on('POST /api/v1/assistant/notifications/n1/ack', () =>
      json(404, { type: 'x', title: 'Not found', status: 404, detail: 'That notification is gone.' }),
    );
    render(<NudgeBanners />);
    const banner = await screen.findByTestId('nudge');
    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: 'Done' }));
    });
    expect(await within(banner).findByRole('alert')).toBeInTheDocument();
    expect(screen.getByTestId('nudge')).toBeInTheDocument();
  });
});

describe('Nudges when a reminder is due', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('looks again right after a reminder the page knows about is due, not a whole poll later', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { state, api } = assistantServer();
    render(<NudgeBanners />);
    await waitFor(() => expect(api.requests('GET', '/api/v1/assistant/notifications')).toHaveLength(1));
    const { expectNudgeAt } = await import('./useNudges');
    // Due 1 s after a regular poll: the next regular one would come 2 s after it.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    const polls = api.requests('GET', '/api/v1/assistant/notifications').length;
    expectNudgeAt(new Date(Date.now() + 1000).toISOString());
    state.nudges = [nudge('n1', 'r1', 'stretch')];
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1500);
    });
    expect(api.requests('GET', '/api/v1/assistant/notifications').length).toBe(polls + 1);
    expect(await screen.findByTestId('nudge')).toHaveTextContent('Reminder: stretch');
  });
  it('shows a morning plan as a check-in with its own title and one way to put it away', async () => {
    const { state, api } = assistantServer();
    state.nudges = [
      {
        ...nudge('c1', 'x', 'Today, 1 thing:\n1. Call the dentist\nFirst step: Call the dentist'),
        kind: 'morning_plan',
        reminderId: null,
      },
    ];
    render(<NudgeBanners />);
    const banner = await screen.findByRole('status');
    expect(banner).toHaveTextContent('Your plan for today');
    expect(banner).toHaveTextContent('First step: Call the dentist');
    expect(within(banner).queryByRole('button', { name: /Snooze/ })).not.toBeInTheDocument();

    api.on('POST /api/v1/assistant/notifications/c1/ack', () => {
      state.nudges = [{ ...state.nudges[0], acknowledgedAt: '2026-12-04T14:01:00Z' }];
      return json(200, state.nudges[0]);
    });
    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: 'Got it' }));
    });
    await waitFor(() => expect(screen.queryByTestId('nudge')).not.toBeInTheDocument());
    expect(api.requests('POST', '/api/v1/assistant/notifications/c1/ack')).toHaveLength(1);
  });
});
