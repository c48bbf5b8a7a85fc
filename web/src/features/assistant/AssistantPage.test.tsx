import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../shared/ui/Toasts';
import { json, problem } from '../../test/fakeApi';
import { assistantServer, failedStep, reminder, step, task } from './testServer';

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
const MESSAGES = '/api/v1/assistant/conversations/c1/messages';

/** A point the fake server's turn waits at until the test lets it go on. */
function gate() {
  let open = () => {};
  const passed = new Promise<void>((resolve) => (open = resolve));
  return { passed, open: () => act(async () => open()) };
}

async function say(text: string) {
  const input = await screen.findByLabelText('Message to the Assistant');
  await screen.findByTestId('chat-messages');
  fireEvent.change(input, { target: { value: text } });
  await act(async () => {
    fireEvent.keyDown(input, { key: 'Enter' });
  });
  return input;
}

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
    // Screen readers hear the stored reply, from a polite live region that only ever holds replies.
    const announcer = screen.getByTestId('reply-announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toHaveTextContent("Okay, I'll remind you to stretch");
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

  it('streams the reply: thinking, then the words as they come, then the stored reply in their place', async () => {
    const { state } = assistantServer();
    // Every write arrives in 3-byte pieces: events, lines and "é" are split.
    state.chunkBytes = 3;
    const [first, second, last] = [gate(), gate(), gate()];
    state.onStream = async (turn) => {
      await first.passed;
      turn.delta('Bien sûr, ');
      await second.passed;
      turn.delta('Léa…');
      await last.passed;
      turn.reply('Bien sûr, Léa : c’est noté.', { model: 'gpt-test' });
    };
    renderPage();
    const input = await say('rappelle à Léa');

    expect(screen.getByTestId('message-user')).toHaveTextContent('rappelle à Léa');
    expect(input).toHaveValue('');
    expect(await screen.findByTestId('thinking')).toHaveTextContent('Thinking…');
    const announcer = screen.getByTestId('reply-announcer');

    await first.open();
    const live = screen.getByTestId('message-live');
    await waitFor(() => expect(live).toHaveTextContent('Bien sûr,'));
    expect(screen.queryByTestId('thinking')).not.toBeInTheDocument();
    await second.open();
    await waitFor(() => expect(live).toHaveTextContent('Bien sûr, Léa…'));
    expect(live).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByTestId('message-assistant')).not.toBeInTheDocument();
    expect(announcer).toBeEmptyDOMElement();

    await last.open();
    const reply = await screen.findByTestId('message-assistant');
    expect(reply).toHaveTextContent('Bien sûr, Léa : c’est noté.');
    expect(screen.queryByTestId('message-live')).not.toBeInTheDocument();
    expect(within(reply).getByTestId('ai-label')).toHaveTextContent('AI');
    expect(within(reply).getByTestId('ai-label')).toHaveAttribute('title', 'Written by an AI model (gpt-test). It can be wrong.');
    expect(within(reply).queryByText('not AI')).not.toBeInTheDocument();
    expect(announcer).toHaveTextContent('Bien sûr, Léa : c’est noté.');
    expect(screen.getAllByTestId('message-user')).toHaveLength(1);
  });

  it('shows each step as it happens, with its time, and refreshes Today after a step', async () => {
    // Only the clock is faked: 14:00 UTC is 15:00 in Paris, the person's zone.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-04T14:00:00Z') });
    try {
      const { state, api } = assistantServer();
      const at = '2026-12-04T15:42:00Z';
      const done = gate();
      const steps = [
        step('create_reminder', 'stretch', at),
        failedStep('snooze_reminder', 'the reminder is already cancelled'),
        step('brand_new_tool'),
      ];
      state.onStream = async (turn) => {
        state.reminders.push(reminder('r1', 'stretch', at));
        turn.step(steps[0]);
        await done.passed;
        turn.step(steps[1]);
        turn.step(steps[2]);
        turn.reply('I will remind you to stretch at 16:42.', { steps });
      };
      renderPage();
      const today = await screen.findByTestId('today');
      expect(await within(today).findByText('No reminders coming up.')).toBeInTheDocument();
      await screen.findByTestId('chat-messages');
      await waitFor(() => expect(api.requests('GET', '/api/v1/assistant/settings')).toHaveLength(1));
      await say('remind me to stretch at 4:42pm');

      const live = await screen.findByTestId('message-live');
      expect(await within(live).findByTestId('step')).toHaveTextContent(/^✓\s*Reminder created — stretch · 4:42\sPM$/);
      // Today shows the new reminder while the reply is still being written.
      expect(await within(today).findByTestId('reminder')).toHaveTextContent('stretch');
      expect(screen.queryByTestId('message-assistant')).not.toBeInTheDocument();

      await done.open();
      const reply = await screen.findByTestId('message-assistant');
      // Times may hold a narrow no-break space ("4:42 PM"): compared as plain spaces.
      const shown = within(reply)
        .getAllByTestId('step')
        .map((li) => li.textContent!.replace(/\s/g, ' '));
      expect(shown).toEqual([
        '✓Reminder created — stretch · 4:42 PM',
        '✗Step failed: Reminder snoozed — the reminder is already cancelled',
        '✓brand_new_tool',
      ]);
      expect(screen.getByTestId('reply-announcer')).toHaveTextContent(
        'I will remind you to stretch at 16:42. Reminder created — stretch · 4:42 PM. Step failed: Reminder snoozed — the reminder is already cancelled. brand_new_tool.',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads the messages again when the stream is cut before the reply, and shows the stored one', async () => {
    const { state, api } = assistantServer();
    state.onStream = (turn) => {
      turn.delta('Okay, I');
      turn.store('Okay, I will remind you at 5.');
      turn.cut();
    };
    renderPage();
    const input = await say('remind me at 5');
    const reply = await screen.findByTestId('message-assistant');
    expect(reply).toHaveTextContent('Okay, I will remind you at 5.');
    expect(api.requests('GET', MESSAGES)).toHaveLength(2);
    expect(screen.getByTestId('message-user')).toHaveTextContent('remind me at 5');
    expect(screen.queryByTestId('message-live')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(input).toHaveValue('');
  });

  it('keeps the draft and asks to wait while the previous message is still being answered', async () => {
    const { state, api } = assistantServer();
    state.onStream = (turn) => void turn.reply('unused');
    api.on(`POST ${MESSAGES}`, () => problem(409, 'turn-in-progress', 'Another message is being answered'));
    renderPage();
    const input = await say('and also milk');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The Assistant is still answering your last message. Wait a moment, then send this one.',
    );
    expect(input).toHaveValue('and also milk');
    expect(screen.queryByTestId('message-user')).not.toBeInTheDocument();
    expect(screen.queryByTestId('message-live')).not.toBeInTheDocument();
  });

  it('streams a reply made without AI with its not-AI label and what it did', async () => {
    const { state } = assistantServer();
    state.onStream = (turn) => void turn.reply('Added: buy milk. (Not AI)', { notAi: true, model: null, intent: 'add_task' });
    renderPage();
    await say('add buy milk');
    const reply = await screen.findByTestId('message-assistant');
    expect(reply).toHaveTextContent('Added: buy milk. (Not AI)');
    expect(within(reply).getByText('not AI')).toHaveAttribute('title', 'Answered by simple rules, without an AI model.');
    expect(within(reply).getByTestId('step')).toHaveTextContent('✓ Task added');
    expect(within(reply).queryByTestId('ai-label')).not.toBeInTheDocument();
  });
});
