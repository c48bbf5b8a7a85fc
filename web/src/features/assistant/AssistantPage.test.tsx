import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../shared/ui/Toasts';
import { json } from '../../test/fakeApi';
import { assistantServer, reminder, task } from './testServer';

vi.mock('../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: { id: 'u1', email: 'ana@acme.test' }, signOut: vi.fn() }),
}));

const { AssistantPage } = await import('./AssistantPage');

function renderPage() {
  return render(
    <MemoryRouter initialEntries={['/assistant']}>
      <ToastProvider>
        <Routes>
          <Route path="/assistant" element={<AssistantPage />} />
          <Route path="/assistant/memory" element={<p>memory page</p>} />
        </Routes>
      </ToastProvider>
    </MemoryRouter>,
  );
}

const IN_A_MINUTE = new Date(Date.now() + 60_000).toISOString();

describe('AssistantPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends with Enter, shows the reply with its not-AI label and step, and refreshes Today', async () => {
    const { state, api } = assistantServer();
    state.tasks = [task('t1', 'Buy milk')];
    state.onMessage = (content) => {
      state.reminders.push(reminder('r1', 'stretch', IN_A_MINUTE));
      return { content: `Okay, I'll remind you to stretch (${content.length}). (Not AI)`, intent: 'add_reminder' };
    };
    renderPage();
    const today = await screen.findByTestId('today');
    expect(await within(today).findByText('Buy milk')).toBeInTheDocument();
    expect(within(today).getByText('No reminders coming up.')).toBeInTheDocument();

    const input = screen.getByLabelText('Message to the Assistant');
    expect(input).toHaveFocus();
    fireEvent.change(input, { target: { value: 'remind me to stretch in 1 minute' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });

    const reply = await screen.findByTestId('message-assistant');
    expect(reply).toHaveTextContent("Okay, I'll remind you to stretch");
    expect(within(reply).getByText('not AI')).toBeInTheDocument();
    expect(within(reply).getByTestId('step')).toHaveTextContent('Reminder set');
    expect(screen.getByTestId('message-user')).toHaveTextContent('remind me to stretch in 1 minute');
    expect(screen.getByTestId('chat-messages')).toHaveAttribute('aria-live', 'polite');
    expect(api.requests('POST', '/api/v1/assistant/conversations/c1/messages')[0].body).toEqual({
      content: 'remind me to stretch in 1 minute',
    });
    // Today asked again after the reply: the new reminder is there at once.
    const row = await within(today).findByTestId('reminder');
    expect(row).toHaveTextContent('stretch');
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
  });

  it('keeps a new line with Shift+Enter and the draft when sending fails', async () => {
    const { api } = assistantServer();
    api.on('POST /api/v1/assistant/conversations/c1/messages', () =>
      json(400, { type: 'x', title: 'Bad', status: 400, detail: 'content must be at most 2000 characters' }),
    );
    renderPage();
    const input = await screen.findByLabelText('Message to the Assistant');
    await screen.findByTestId('chat-messages');
    fireEvent.change(input, { target: { value: 'hello' } });
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(api.requests('POST', '/api/v1/assistant/conversations/c1/messages')).toHaveLength(0);
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('content must be at most 2000 characters');
    expect(input).toHaveValue('hello');
  });

  it('sends a message typed before the conversation has loaded', async () => {
    const { api } = assistantServer();
    let release = () => {};
    const history = new Promise<void>((resolve) => (release = resolve));
    api.on('GET /api/v1/assistant/conversations/c1/messages', async () => {
      await history;
      return json(200, { items: [] });
    });
    renderPage();
    const input = screen.getByLabelText('Message to the Assistant');
    fireEvent.change(input, { target: { value: 'remember that my sister is Léa' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    await waitFor(() => expect(api.requests('POST', '/api/v1/assistant/conversations/c1/messages')).toHaveLength(1));
    await act(async () => release());
    expect(await screen.findByTestId('message-assistant')).toHaveTextContent('Noted.');
    expect(screen.getByTestId('message-user')).toHaveTextContent('remember that my sister is Léa');
  });

  it('creates the conversation on the first visit', async () => {
    const { api } = assistantServer();
    api.on('GET /api/v1/assistant/conversations', () => json(200, { items: [] }));
    api.on('POST /api/v1/assistant/conversations', () =>
      json(201, { id: 'c1', title: '', createdAt: '2026-12-04T14:00:00Z', updatedAt: '2026-12-04T14:00:00Z' }),
    );
    renderPage();
    expect(await screen.findByText(/Say what is on your mind/)).toBeInTheDocument();
    expect(api.requests('POST', '/api/v1/assistant/conversations')).toHaveLength(1);
  });

  it('completes a task and snoozes a reminder from Today', async () => {
    const { state, api } = assistantServer();
    state.tasks = [task('t1', 'Buy milk')];
    state.reminders = [reminder('r1', 'stretch', IN_A_MINUTE)];
    api.on('PATCH /api/v1/assistant/tasks/t1', () => {
      state.tasks = [];
      return json(200, { ...task('t1', 'Buy milk'), done: true });
    });
    const later = new Date(Date.now() + 11 * 60_000).toISOString();
    api.on('POST /api/v1/assistant/reminders/r1/snooze', () => {
      state.reminders = [{ ...reminder('r1', 'stretch', later), snoozedUntil: later }];
      return json(200, state.reminders[0]);
    });
    renderPage();
    const complete = await screen.findByRole('button', { name: 'Mark “Buy milk” done' });
    await act(async () => {
      fireEvent.click(complete);
    });
    await waitFor(() => expect(screen.getByText('Nothing open. Nice.')).toBeInTheDocument());
    expect(api.requests('PATCH', '/api/v1/assistant/tasks/t1')[0].body).toEqual({ done: true });

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Snooze “stretch” for 10 minutes' }));
    });
    await waitFor(() => expect(screen.getByTestId('reminder-time')).toHaveAttribute('datetime', later));
    expect(api.requests('POST', '/api/v1/assistant/reminders/r1/snooze')[0].body).toEqual({ minutes: 10 });
  });

  it('focuses the input with / and goes to memory with g m', async () => {
    assistantServer();
    renderPage();
    const input = await screen.findByLabelText('Message to the Assistant');
    input.blur();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(input).toHaveFocus();
    input.blur();
    fireEvent.keyDown(document.body, { key: '?' });
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    fireEvent.keyDown(document.body, { key: 'g' });
    fireEvent.keyDown(document.body, { key: 'm' });
    expect(await screen.findByText('memory page')).toBeInTheDocument();
  });
});
