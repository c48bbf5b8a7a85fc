import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../shared/ui/Toasts';
import { json } from '../../test/fakeApi';
import { assistantServer, conversation } from './testServer';

vi.mock('../../shared/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: { id: 'u1', email: 'ana@acme.test' }, signOut: vi.fn() }),
}));

const { AssistantPage } = await import('./AssistantPage');

const B = '/api/v1/assistant';
const HOURS_AGO = (n: number) => new Date(Date.now() - n * 3_600_000).toISOString();

/** Where the page is, and a way to go back, as the browser's buttons do. */
let location: Location;
let navigate: NavigateFunction;
function Probe() {
  /* eslint-disable react-hooks/globals -- a test probe: it hands the router's state to the test */
  location = useLocation();
  navigate = useNavigate();
  /* eslint-enable react-hooks/globals */
  return null;
}

function renderPage(entry = '/assistant') {
  return render(
    <MemoryRouter initialEntries={[entry]}>
      <ToastProvider>
        <Probe />
        <Routes>
          <Route path="/assistant" element={<AssistantPage />} />
        </Routes>
      </ToastProvider>
    </MemoryRouter>,
  );
}

/** A server with `c1` (older, titled) and `c2` (the most recent), each with its own messages. */
function twoConversations() {
  const server = assistantServer();
  const { state, addConversation, storedMessage } = server;
  state.conversations = [conversation('c1', 'Plan the trip', HOURS_AGO(26))];
  state.messages = [storedMessage('user', 'book the train to Lyon'), storedMessage('assistant', 'Added: book the train.')];
  addConversation(conversation('c2', 'Groceries', HOURS_AGO(2)), [
    storedMessage('user', 'buy oat milk'),
    storedMessage('assistant', 'Added: buy oat milk.'),
  ]);
  return server;
}

/** The messages shown, each as a part of its text (a message also holds its sender for screen readers and labels). */
const messageTexts = () => screen.getAllByTestId(/^message-(user|assistant)$/).map((m) => m.textContent);
const only = (...texts: string[]) => texts.map((text) => expect.stringContaining(text));
const recent = () => screen.getByTestId('conversation-list');

describe('AssistantPage conversations', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens the most recent conversation, lists each with its title and when, and keeps it in the address', async () => {
    const { state, addConversation } = twoConversations();
    addConversation(conversation('c3', 'Assistant', HOURS_AGO(0.5)));
    state.conversations = [...state.conversations.slice(1), state.conversations[0]];
    renderPage();

    // c2 is the most recent once c3 moved to the end.
    expect(await screen.findByText('buy oat milk')).toBeInTheDocument();
    await waitFor(() => expect(location.search).toBe('?c=c2'));
    const links = within(recent()).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Groceries2 hours ago',
      'Plan the tripyesterday',
      'Untitled conversation30 minutes ago',
    ]);
    expect(within(recent()).getByRole('link', { current: 'page' })).toHaveTextContent('Groceries');
    expect(links[0]).toHaveAttribute('href', '/assistant?c=c2');
    const select = screen.getByLabelText('Choose a conversation');
    expect(select).toHaveValue('c2');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Groceries · 2 hours ago', 'Plan the trip · yesterday', 'Untitled conversation · 30 minutes ago']);
  });

  it('switches to another conversation: its messages only, a new history entry, and back returns', async () => {
    const { api } = twoConversations();
    renderPage();
    await screen.findByText('buy oat milk');

    fireEvent.click(within(recent()).getByRole('link', { name: /Plan the trip/ }));
    await waitFor(() => expect(messageTexts()).toEqual(only('book the train to Lyon', 'Added: book the train.')));
    expect(location.search).toBe('?c=c1');
    expect(within(recent()).getByRole('link', { current: 'page' })).toHaveTextContent('Plan the trip');
    expect(api.requests('GET', `${B}/conversations/c1/messages`)).toHaveLength(1);

    act(() => void navigate(-1));
    await waitFor(() => expect(messageTexts()).toEqual(only('buy oat milk', 'Added: buy oat milk.')));
    expect(location.search).toBe('?c=c2');

    // The select of narrow screens does the same.
    fireEvent.change(screen.getByLabelText('Choose a conversation'), { target: { value: 'c1' } });
    await waitFor(() => expect(messageTexts()).toEqual(only('book the train to Lyon', 'Added: book the train.')));
    expect(location.search).toBe('?c=c1');
  });

  it('honours ?c= in the address, even for a conversation that is not the most recent', async () => {
    const { api } = twoConversations();
    renderPage('/assistant?c=c1');
    expect(await screen.findByText('book the train to Lyon')).toBeInTheDocument();
    expect(screen.queryByText('buy oat milk')).not.toBeInTheDocument();
    expect(api.requests('GET', `${B}/conversations/c2/messages`)).toHaveLength(0);
    expect(location.search).toBe('?c=c1');
    await waitFor(() => expect(within(recent()).getByRole('link', { current: 'page' })).toHaveTextContent('Plan the trip'));
  });

  it('falls back to the most recent conversation, with a notice, when the one asked for is not found', async () => {
    const { api } = twoConversations();
    renderPage('/assistant?c=someone-elses');
    expect(await screen.findByText('buy oat milk')).toBeInTheDocument();
    expect(screen.getByText('That conversation was not found. Here is your latest one.')).toBeInTheDocument();
    expect(location.search).toBe('?c=c2');
    expect(api.requests('GET', `${B}/conversations/someone-elses/messages`)).toHaveLength(1);
    // Not an error: nothing to retry.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // The notice was about that moment: it goes once another conversation is chosen.
    fireEvent.click(within(recent()).getByRole('link', { name: /Plan the trip/ }));
    await screen.findByText('book the train to Lyon');
    expect(screen.queryByText(/That conversation was not found/)).not.toBeInTheDocument();
  });

  it('starts a new conversation on the server, selects it and focuses the input; its first message names it', async () => {
    const { api } = twoConversations();
    renderPage();
    await screen.findByText('buy oat milk');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'New conversation' }));
    });
    expect(api.requests('POST', `${B}/conversations`)).toHaveLength(1);
    await waitFor(() => expect(location.search).toBe('?c=new1'));
    expect(await screen.findByText(/Say what is on your mind/)).toBeInTheDocument();
    expect(screen.queryByTestId('message-user')).not.toBeInTheDocument();
    const input = screen.getByLabelText('Message to the Assistant');
    await waitFor(() => expect(input).toHaveFocus());
    expect(within(recent()).getByRole('link', { current: 'page' })).toHaveTextContent('Untitled conversation');

    fireEvent.change(input, { target: { value: 'call the dentist tomorrow' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(await screen.findByTestId('message-assistant')).toHaveTextContent('Noted.');
    expect(api.requests('POST', `${B}/conversations/new1/messages`)[0].body).toEqual({ content: 'call the dentist tomorrow' });
    // The list asked again after the reply, and shows the name the server gave.
    await waitFor(() =>
      expect(within(recent()).getByRole('link', { current: 'page' })).toHaveTextContent('call the dentist tomorrow'),
    );
  });

  it('does not make a second empty conversation: New on an empty one only focuses the input', async () => {
    const { api } = assistantServer();
    renderPage();
    expect(await screen.findByText(/Say what is on your mind/)).toBeInTheDocument();
    const input = screen.getByLabelText('Message to the Assistant');
    input.blur();
    fireEvent.click(screen.getByRole('button', { name: 'New conversation' }));
    expect(input).toHaveFocus();
    expect(api.requests('POST', `${B}/conversations`)).toHaveLength(0);
  });

  it('starts a new conversation with n, but not while typing, and lists n among the shortcuts', async () => {
    const { api } = twoConversations();
    renderPage();
    await screen.findByText('buy oat milk');
    const input = screen.getByLabelText('Message to the Assistant');

    fireEvent.keyDown(input, { key: 'n' });
    expect(api.requests('POST', `${B}/conversations`)).toHaveLength(0);

    input.blur();
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'n' });
    });
    expect(api.requests('POST', `${B}/conversations`)).toHaveLength(1);
    await waitFor(() => expect(location.search).toBe('?c=new1'));
    expect(await screen.findByText(/Say what is on your mind/)).toBeInTheDocument();

    screen.getByLabelText('Message to the Assistant').blur();
    fireEvent.keyDown(document.body, { key: '?' });
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Start a new conversation')).toBeInTheDocument();
  });

  it('leaves a reply being written when switching: it does not land in the other conversation', async () => {
    const { state } = twoConversations();
    let finish = () => {};
    const later = new Promise<void>((resolve) => (finish = resolve));
    state.onStream = async (turn) => {
      turn.delta('Sure, ');
      await later;
      turn.reply('Sure, oat milk and bread.');
    };
    renderPage();
    await screen.findByText('buy oat milk');
    const input = screen.getByLabelText('Message to the Assistant');
    fireEvent.change(input, { target: { value: 'and bread' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    await waitFor(() => expect(screen.getByTestId('message-live')).toHaveTextContent('Sure,'));

    fireEvent.click(within(recent()).getByRole('link', { name: /Plan the trip/ }));
    await waitFor(() => expect(messageTexts()).toEqual(only('book the train to Lyon', 'Added: book the train.')));
    expect(screen.queryByTestId('message-live')).not.toBeInTheDocument();
    await act(async () => finish());
    expect(messageTexts()).toEqual(only('book the train to Lyon', 'Added: book the train.'));
    expect(screen.getByTestId('reply-announcer')).toBeEmptyDOMElement();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // The server finished the turn: going back shows it as stored.
    fireEvent.click(within(recent()).getByRole('link', { name: /Groceries/ }));
    await waitFor(() =>
      expect(messageTexts()).toEqual(only('buy oat milk', 'Added: buy oat milk.', 'and bread', 'Sure, oat milk and bread.')),
    );
  });

  it('keeps what was typed to each conversation separately', async () => {
    twoConversations();
    renderPage();
    await screen.findByText('buy oat milk');
    const input = screen.getByLabelText('Message to the Assistant');
    fireEvent.change(input, { target: { value: 'and bread' } });

    fireEvent.click(within(recent()).getByRole('link', { name: /Plan the trip/ }));
    await screen.findByText('book the train to Lyon');
    expect(input).toHaveValue('');
    fireEvent.change(input, { target: { value: 'first class' } });

    fireEvent.click(within(recent()).getByRole('link', { name: /Groceries/ }));
    await screen.findByText('buy oat milk');
    expect(input).toHaveValue('and bread');
    fireEvent.click(within(recent()).getByRole('link', { name: /Plan the trip/ }));
    await screen.findByText('book the train to Lyon');
    expect(input).toHaveValue('first class');
  });

  it('says why when a new conversation cannot be made, and stays on the current one', async () => {
    const { api } = twoConversations();
    api.on(`POST ${B}/conversations`, () =>
      json(429, { type: 'https://vectort.dev/problems/rate-limited', title: 'x', status: 429, detail: 'Too many conversations' }),
    );
    renderPage();
    await screen.findByText('buy oat milk');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'New conversation' }));
    });
    expect(await screen.findByRole('alert')).not.toBeEmptyDOMElement();
    expect(location.search).toBe('?c=c2');
    expect(screen.getByText('buy oat milk')).toBeInTheDocument();
  });
});
